package io.github.itasdk.core.batch;

/**
 * How far a batch run has got, reported to {@link BatchOptions.Builder#onProgress} from the calling
 * thread: after each block of the responses file it reads while reading (other threads read the blocks
 * in between), then after each window of agencies while scoring.
 *
 * @param bytesRead bytes of the responses file read so far
 * @param rows respondent rows counted so far
 * @param agenciesScored agencies whose card has been delivered
 * @param agencies agencies in the run; 0 while reading
 */
public record BatchProgress(long bytesRead, long rows, int agenciesScored, int agencies) {}
