package io.github.saasmetrics.examples.cli;

import io.github.saasmetrics.examples.csv.CsvFormatException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * What a command's exception becomes: bad input ({@link BadInputException}, or a
 * {@link CsvFormatException} that escaped it) is one line naming the file, line, column and value,
 * exit code {@link SaasmetricsCli#BAD_INPUT}; anything else is a bug, printed with its stack trace,
 * exit code {@link SaasmetricsCli#INTERNAL_ERROR}.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        int code;
        if (e instanceof BadInputException || e instanceof CsvFormatException) {
            err.println(command.getColorScheme().errorText(name + ": " + e.getMessage()));
            code = SaasmetricsCli.BAD_INPUT;
        } else {
            err.println(command.getColorScheme().errorText(name + ": internal error, please report it with what"
                    + " follows: " + e));
            e.printStackTrace(err);
            code = SaasmetricsCli.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }
}
