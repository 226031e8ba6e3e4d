package io.github.itasdk.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The SDK's one Immutables style, put on each package of value types: generated {@code Immutable*}
 * classes stay package-private behind the abstract type's {@code builder()}, whose {@code build()}
 * returns the abstract type. {@code allowedClasspathAnnotations} lists a harmless annotation so that no
 * classpath-dependent annotation (notably {@code org.immutables.value.Generated}) is put on generated
 * classes: a consumer compiling with {@code -Xlint:all -Werror} without Immutables on its class path would
 * otherwise fail on "Cannot find annotation method" warnings. Not API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    jdkOnly = true,
    defaultAsDefault = true,
    allParameters = false,
    allowedClasspathAnnotations = {Override.class})
public @interface ItaStyle {}
