package io.schemaforge.validation;

/**
 * One problem found by a rule.
 *
 * @param ruleId the rule's stable id, such as {@code reserved-word}
 * @param elementId the element at fault (entity, attribute, relationship, index, ...)
 * @param entityId the entity to reveal on the canvas, or null for schema-wide problems
 * @param path a readable location such as {@code posts.author_id} (table and column)
 * @param message a sentence that names the element and says what is wrong
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    String elementId,
    String entityId,
    String path,
    String message) {}
