package io.baocao.pipeline.cli;

import io.baocao.pipeline.batch.Reason;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baocao} command line. */
@Command(name = "baocao", mixinStandardHelpOptions = true, versionProvider = Baocao.Version.class,
        description = "Vietnamese government reports in; figures, percentages, references, statuses out; searchable.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, StatsCommand.class, ExportCommand.class,
                ServeCommand.class, EvalCommand.class, TrainCommand.class,
                TablesCommand.class, CommandLine.HelpCommand.class})
public final class Baocao implements Runnable {
    /** Set to print the stack trace of an unexpected error (for a bug report). */
    static final String DEBUG_ENV = "BAOCAO_DEBUG";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 could not be done, 2 usage error, 3 some files failed. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Baocao());
        cl.setDefaultValueProvider(new Defaults());
        cl.setExitCodeExceptionMapper(e -> 1);
        cl.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("baocao: " + Names.printable(ex.getMessage()));
            CommandLine.Model.CommandSpec spec = ex.getCommandLine().getCommandSpec();
            if ("search".equals(spec.name()) && java.util.Arrays.stream(a).anyMatch(s -> s.startsWith("-") && s.length() > 1
                    && !s.equals("--") && !spec.optionsMap().containsKey(s.split("=", 2)[0]))) {
                err.println("baocao: a query that starts with '-' goes after --, e.g. baocao search -- -5%");
            }
            err.println("Try 'baocao " + (ex.getCommandLine().getParent() == null ? "" : ex.getCommandLine().getCommandName() + " ")
                    + "--help' for more information.");
            return 2;
        });
        // an error no command foresaw (a disk that fails, a damaged index): one line, never a stack trace
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("baocao: " + Names.printable(Reason.of(ex).replaceFirst("^cannot read: ", "")));
            if (System.getenv(DEBUG_ENV) != null) {
                ex.printStackTrace(c.getErr());
            } else {
                c.getErr().println("baocao: (set " + DEBUG_ENV + "=1 to see where it happened)");
            }
            return 1;
        });
        return cl.execute(args);
    }

    /** The version of the build, from the jar's manifest (or the one this source says, run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Baocao.class.getPackage().getImplementationVersion();
            return new String[] {"baocao " + (v == null ? "0.1.0-SNAPSHOT" : v), "Java " + System.getProperty("java.version")};
        }
    }
}
