import java.math.BigDecimal;
import java.nio.file.*;
import io.github.itasdk.core.*;
import io.github.itasdk.core.rubric.*;
import io.github.itasdk.core.policy.*;
import io.github.itasdk.core.engine.*;
import io.github.itasdk.core.json.*;
import io.github.itasdk.rubrics.*;
