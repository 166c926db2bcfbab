package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
public final class UnmarkedSensitiveRule implements EntityRule {
  public static final String ID = "unmarked-sensitive";

  private static final Set<List<String>> SENSITIVE =
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
          List.of("otp"));

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

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Attributes that look like secrets should be marked sensitive.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (Attribute a : entity.attributes()) {
      if (applies(a)) {
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                entity.tableName() + "." + a.columnName(),
                "Attribute "
                    + entity.name()
                    + "."
                    + a.name()
                    + " looks sensitive but is not marked sensitive, so it would appear in the"
                    + " response DTO."));
      }
    }
  }

  private static boolean applies(Attribute a) {
    return !a.sensitive()
        && !a.type().isTemporal()
        && a.type() != LogicalType.BOOLEAN
        && looksSensitive(a);
  }

  static boolean looksSensitive(Attribute a) {
    for (List<String> words : NameWords.wordsOf(a)) {
      int end = NameWords.endOfLastMatch(words, SENSITIVE);
      if (end >= 0 && !NameWords.anyFrom(words, end, ABOUT)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(UnmarkedSensitiveRule::applies)
                    .map(
                        a ->
                            new QuickFix(
                                "Mark " + a.name() + " sensitive",
                                new ChangeAttributeCommand(
                                    e.id(), a.toBuilder().sensitive(true).build()))));
  }
}
