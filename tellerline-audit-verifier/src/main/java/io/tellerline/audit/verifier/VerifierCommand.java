package io.tellerline.audit.verifier;

import io.tellerline.audit.log.AuditBundleVerifier;
import io.tellerline.audit.log.BundleVerdict;
import io.tellerline.audit.log.SigningKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar tellerline-audit-verifier.jar verify BUNDLE.zip --public-key KEY}: exit code 0
 * only when the whole bundle verifies against the bank's published key; 1 when it does not; 2 for
 * wrong usage.
 */
@Command(
    name = "tellerline-audit-verifier",
    mixinStandardHelpOptions = true,
    version = "tellerline-audit-verifier 0.1.0",
    description = "Verifies a Tellerline audit export offline.",
    subcommands = {VerifierCommand.Verify.class})
public final class VerifierCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8)));
  }

  static int run(String[] args, PrintWriter out) {
    CommandLine command = new CommandLine(new VerifierCommand());
    command.setOut(out);
    command.setErr(out);
    return command.execute(args);
  }

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = {
        "Checks every signature, file hash, event index, range and consistency proof.",
        "Exit code 0 only if everything verifies."
      })
  static final class Verify implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "the export (.zip)")
    Path bundle;

    @Option(
        names = "--public-key",
        paramLabel = "KEY",
        description = "the bank's published Ed25519 public key: a file or Base64 (32 bytes)")
    String publicKey;

    @Option(
        names = "--trust-bundle-key",
        description = "use the key inside the bundle (checks consistency only, not who signed)")
    boolean trustBundleKey;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      if ((publicKey == null) == !trustBundleKey) {
        out.println("Give either --public-key KEY or --trust-bundle-key.");
        return 2;
      }
      Optional<byte[]> key = publicKey == null ? Optional.empty() : Optional.of(key(publicKey));
      long started = System.nanoTime();
      BundleVerdict verdict = AuditBundleVerifier.verify(bundle, key);
      report(out, verdict, (System.nanoTime() - started) / 1_000_000);
      return verdict.verified() ? 0 : 1;
    }

    private void report(PrintWriter out, BundleVerdict verdict, long millis) {
      out.println("bundle:      " + bundle);
      out.println(
          "events:      "
              + verdict.events()
              + " (indexes "
              + verdict.from()
              + " to "
              + (verdict.to() - 1)
              + ")");
      out.println(
          "tree size:   " + verdict.treeSize() + ", signed tree heads: " + verdict.treeHeads());
      out.println(
          "signing key: "
              + verdict.keyId()
              + (trustBundleKey
                  ? " (taken from the bundle: compare it with the bank's published key)"
                  : " (pinned)"));
      out.println("checked in:  " + millis + " ms");
      verdict.problems().forEach(problem -> out.println("PROBLEM:     " + problem));
      out.println(
          verdict.verified()
              ? "VERDICT: VERIFIED - every event is in the signed log and nothing was altered"
              : "VERDICT: NOT VERIFIED - do not rely on this export");
    }

    private static byte[] key(String value) throws IOException {
      Path file = Path.of(value);
      String text = Files.isRegularFile(file) ? Files.readString(file).strip() : value.strip();
      byte[] raw = Base64.getDecoder().decode(text);
      if (raw.length != 32) {
        throw new CommandLine.ParameterException(
            new CommandLine(new Verify()),
            "an Ed25519 public key has 32 bytes, this has " + raw.length);
      }
      SigningKey.keyId(raw);
      return raw;
    }
  }
}
