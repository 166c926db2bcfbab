package io.schemaforge.codegen.importer.jpa;

import java.util.Locale;

/**
 * How the JPA provider turns names into table and column names, explicit and implicit.
 *
 * <p>{@link #SPRING_BOOT} is what a Spring Boot application with Hibernate gets by default, and so
 * the reader's default. {@link #JPA_DEFAULT} is plain JPA (EclipseLink, or Hibernate outside Spring
 * Boot): names as written, join tables {@code <owner table>_<target table>}; the reader picks it
 * when the sources use EclipseLink's annotations.
 */
public enum JpaNaming {
  /**
   * {@code CamelCaseToUnderscoresNamingStrategy} on every name (explicit ones too), and {@code
   * SpringImplicitNamingStrategy}'s join tables: {@code <owner table>_<field>}.
   */
  SPRING_BOOT,
  /** Names as written (folded to lower case, as an unquoted name is in PostgreSQL). */
  JPA_DEFAULT;

  /** The physical name for a logical one (explicit or implicit). */
  public String physical(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    if (name.length() > 1
        && ((name.startsWith("\"") && name.endsWith("\""))
            || (name.startsWith("`") && name.endsWith("`")))) {
      return name.substring(1, name.length() - 1);
    }
    return this == SPRING_BOOT
        ? SpringPhysicalNaming.apply(name)
        : name.replace('.', '_').toLowerCase(Locale.ROOT);
  }

  /** The name of a join table the source leaves implicit. */
  String joinTable(String ownerTable, String field, String targetTable) {
    return physical(ownerTable + "_" + (this == SPRING_BOOT ? field : targetTable));
  }
}
