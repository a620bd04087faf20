package io.github.saasmetrics.examples.cli;

/**
 * Input the tool cannot use: a data directory or file that is missing or unreadable, a CSV file
 * that breaks its schema, data the metrics cannot be computed from, or an output path that cannot
 * be written. The command line prints the message alone, without a stack trace, and exits with
 * {@link SaasmetricsCli#BAD_INPUT}: the message, not the code, is what the user has to fix.
 *
 * <p>Instances are immutable; like every exception, not meant to be shared between threads while
 * being built.
 */
public final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, a sentence for the user, not null
     */
    public BadInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, a sentence for the user, not null
     * @param cause the exception that found it, or null
     */
    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
