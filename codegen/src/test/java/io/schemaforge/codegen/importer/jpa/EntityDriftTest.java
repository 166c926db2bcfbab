package io.schemaforge.codegen.importer.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shop fixture's entities against a schema that disagrees on purpose (shop-drift.sql). */
class EntityDriftTest {
  private static final String SHOP = "com/example/shop/";

  @RegisterExtension final TestDatabases databases = new TestDatabases();

  @Test
  void eachDisagreementIsReportedWithItsFileLineAndColumn() throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(JpaSourceReaderTest.fixture("jakarta")));
    DbSchema schema = migrated(script("/importer/jpa/shop-drift.sql"));

    List<ImportFinding> drift = new EntityDrift().compare(jpa, schema);

    assertThat(drift)
        .extracting(
            ImportFinding::severity,
            ImportFinding::file,
            ImportFinding::line,
            ImportFinding::element)
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, SHOP + "Customer.java", 25, "shop_customer.tier"),
            tuple(Severity.WARNING, SHOP + "Customer.java", 8, "shop_customer.legacy_code"),
            tuple(Severity.WARNING, SHOP + "PurchaseOrder.java", 20, "purchase_order.total"),
            tuple(Severity.WARNING, SHOP + "PurchaseOrder.java", 28, "purchase_order.notes"),
            tuple(Severity.WARNING, SHOP + "Tag.java", 9, "tag.label"),
            tuple(Severity.WARNING, SHOP + "Shipment.java", 9, "shipment.carrier"));
    assertThat(drift)
        .filteredOn(f -> "purchase_order.notes".equals(f.element()))
        .extracting(ImportFinding::describe)
        .containsExactly(
            SHOP
                + "PurchaseOrder.java:28: purchase_order.notes: field PurchaseOrder.notes has no"
                + " column purchase_order.notes");
  }

  @Test
  void aSchemaThatMatchesGivesNoFindings() throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(JpaSourceReaderTest.fixture("jakarta")));
    String fixed =
        script("/importer/jpa/shop-drift.sql")
            .replace("tier integer", "tier varchar(255)")
            .replace(",\n  legacy_code varchar(10) not null", "")
            .replace("numeric(10,2)", "numeric(12,2)")
            .replace("invoice(id)\n", "invoice(id),\n  notes text\n")
            .replace("label varchar(100)", "label varchar(255)")
            .replace("carrier varchar(255) not null", "carrier varchar(255)");

    List<ImportFinding> drift = new EntityDrift().compare(jpa, migrated(fixed));

    assertThat(drift).extracting(ImportFinding::describe).isEmpty();
  }

  private DbSchema migrated(String sql) throws Exception {
    TestDatabase db = databases.create(TestEngine.EMBEDDED_POSTGRES);
    try (Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
      return new CatalogReader().read(c, db.dialect());
    }
  }

  private static String script(String resource) throws Exception {
    return new String(
        Objects.requireNonNull(EntityDriftTest.class.getResourceAsStream(resource)).readAllBytes(),
        StandardCharsets.UTF_8);
  }
}
