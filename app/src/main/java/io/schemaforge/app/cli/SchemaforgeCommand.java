package io.schemaforge.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code schemaforge <subcommand> ...}, headless, for scripts and CI. */
@Command(
    name = "schemaforge",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Design database schemas; validate, export and import them.",
    subcommands = {
      ValidateCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      RulesCommand.class,
      RenderCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {"", "Without arguments, schemaforge opens the designer window."})
public final class SchemaforgeCommand implements Runnable {
  /** Exit code when the input cannot be used at all (missing, unreadable, damaged). */
  public static final int EXIT_UNUSABLE_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Runs the command line and returns the exit code. */
  public static int run(String[] args) {
    return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SchemaforgeCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // Plain words on stderr instead of a stack trace, whatever goes wrong.
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("schemaforge: " + ex.getMessage());
          return EXIT_UNUSABLE_INPUT;
        });
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("schemaforge: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_UNUSABLE_INPUT;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
