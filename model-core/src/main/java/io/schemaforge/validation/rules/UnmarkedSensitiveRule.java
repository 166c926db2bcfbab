package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An attribute whose name says it holds a secret (password, token, ssn, ...) but that is not marked
 * sensitive, so it would appear in the generated response DTO.
 *
 * <p>Names are matched on whole words of the column and field names ({@code api_key}, {@code
 * apiKey}), never on substrings: {@code tokenizer}, {@code pinned} and {@code spinner} do not
 * match. Facts about a secret are not secrets: a name whose sensitive word is followed by a word
 * such as {@code count}, {@code type} or {@code expires} ({@code token_count}, {@code
 * password_changed_at}) does not match, nor does a boolean or a date ({@code has_password}).
 */
public final class UnmarkedSensitiveRule extends AttributeRule {
  public static final String ID = "unmarked-sensitive";

  private static final NameWords.Terms SENSITIVE =
      NameWords.Terms.of(
          Set.of(
              List.of("password"),
              List.of("passwords"),
              List.of("passwd"),
              List.of("pwd"),
              List.of("passphrase"),
              List.of("secret"),
              List.of("secrets"),
              List.of("token"),
              List.of("tokens"),
              List.of("apikey"),
              List.of("api", "key"),
              List.of("private", "key"),
              List.of("ssn"),
              List.of("social", "security", "number"),
              List.of("credit", "card"),
              List.of("card", "number"),
              List.of("cvv"),
              List.of("cvc"),
              List.of("iban"),
              List.of("pin"),
              List.of("salt"),
              List.of("otp")));

  /**
   * Words that, after the sensitive word, make the name about the secret rather than the secret.
   */
  private static final Set<String> ABOUT =
      Set.of(
          "count",
          "type",
          "kind",
          "length",
          "hint",
          "id",
          "ids",
          "expires",
          "expiry",
          "expiration",
          "expired",
          "at",
          "on",
          "date",
          "time",
          "policy",
          "version",
          "enabled",
          "required",
          "status",
          "attempts",
          "changed",
          "updated",
          "created",
          "last4",
          "brand");

  public UnmarkedSensitiveRule() {
    super(ID, Severity.WARNING, "Attributes that look like secrets should be marked sensitive.");
  }

  @Override
  protected boolean applies(Attribute a, Schema schema) {
    return !a.sensitive()
        && !a.type().isTemporal()
        && a.type() != LogicalType.BOOLEAN
        && looksSensitive(a);
  }

  static boolean looksSensitive(Attribute a) {
    return NameWords.isNamedFor(a, SENSITIVE, ABOUT);
  }

  @Override
  protected String message(Entity e, Attribute a) {
    return "Attribute "
        + DiagnosticText.field(e, a)
        + " looks sensitive but is not marked sensitive, so it would appear in the"
        + " response DTO.";
  }

  @Override
  protected Optional<Repair> repair(Attribute a) {
    return Optional.of(
        new Repair("Mark " + a.name() + " sensitive", a.toBuilder().sensitive(true).build()));
  }
}
