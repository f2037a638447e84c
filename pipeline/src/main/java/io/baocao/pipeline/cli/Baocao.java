package io.baocao.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baocao} command line. */
@Command(name = "baocao", mixinStandardHelpOptions = true, version = "baocao 0.1.0",
        description = "Vietnamese government reports in; figures, percentages, references, statuses out; searchable.",
        subcommands = {ExtractCommand.class, IngestCommand.class, SearchCommand.class, StatsCommand.class, ExportCommand.class,
                ServeCommand.class, EvalCommand.class,
                TablesCommand.class, CommandLine.HelpCommand.class})
public final class Baocao implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 2 usage error, 3 some files failed. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Baocao());
        cl.setExitCodeExceptionMapper(e -> 1);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("baocao: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return 2;
        });
        return cl.execute(args);
    }
}
