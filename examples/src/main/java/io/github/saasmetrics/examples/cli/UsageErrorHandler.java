package io.github.saasmetrics.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What a usage error prints: the message (which, for a bad value of a choice such as
 * {@code --format}, lists the allowed values), then, for a misspelt option, the options it may
 * have meant, or else the command's usage with every option. Exit code
 * {@link SaasmetricsCli#BAD_INPUT}.
 *
 * <p>Picocli's own handler suggests options by their letters in common, which misses a dropped
 * letter ({@code --dta} for {@code --data}); this one also suggests the options one or two edits
 * away.
 *
 * <p>This class is stateless, immutable and thread-safe.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    /** The most edits between a misspelt option and one it may have meant. */
    private static final int MAX_EDITS = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(e.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            List<String> near = e instanceof UnmatchedArgumentException u ? near(u, command) : List.of();
            if (near.isEmpty()) {
                command.usage(err, command.getColorScheme());
            } else {
                err.println("Did you mean: " + String.join(" or ", near) + "?");
            }
        }
        err.flush();
        return SaasmetricsCli.BAD_INPUT;
    }

    /** The options within {@link #MAX_EDITS} edits of an unknown option, in the command's order. */
    private static List<String> near(UnmatchedArgumentException e, CommandLine command) {
        List<String> near = new ArrayList<>();
        for (String arg : e.getUnmatched()) {
            if (!arg.startsWith("-")) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            for (OptionSpec option : command.getCommandSpec().options()) {
                for (String candidate : option.names()) {
                    if (candidate.length() > 2 && edits(name, candidate) <= MAX_EDITS && !near.contains(candidate)) {
                        near.add(candidate);
                    }
                }
            }
        }
        return near;
    }

    /** The Levenshtein distance: insertions, deletions and substitutions that turn one text into the other. */
    static int edits(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
