package io.schemaforge.codegen.importer.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.jpa.JpaRelationship.Kind;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JpaSourceReaderTest {
  static Path fixture(String name) {
    try {
      return Path.of(
          JpaSourceReaderTest.class.getResource("/importer/jpa/fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JpaModel shop() throws Exception {
    return new JpaSourceReader().read(List.of(fixture("jakarta")));
  }

  private static Map<String, List<String>> tables(JpaModel m) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    m.entities()
        .forEach(e -> out.put(e.tableName(), e.columns().stream().map(JpaColumn::name).toList()));
    m.linkTables()
        .forEach(l -> out.put(l.name(), l.columns().stream().map(JpaColumn::name).toList()));
    return out;
  }

  @Test
  void jakartaEntitiesMapToTheTablesAndColumnsSpringBootWouldCreate() throws Exception {
    JpaModel m = shop();

    assertThat(tables(m))
        .containsOnly(
            Map.entry(
                "shop_customer",
                List.of(
                    "id",
                    "version",
                    "created_at",
                    "display_name",
                    "street",
                    "city",
                    "zip_code",
                    "billing_street",
                    "billing_city",
                    "billing_zip",
                    "tier")),
            Map.entry(
                "purchase_order",
                List.of(
                    "id",
                    "version",
                    "created_at",
                    "customer_id",
                    "total",
                    "status",
                    "invoice_id",
                    "notes")),
            Map.entry("order_product", List.of("order_id", "product_code")),
            Map.entry("product", List.of("code")),
            Map.entry("product_tags", List.of("product_code", "tags_id")),
            Map.entry("tag", List.of("id", "label")),
            Map.entry("invoice", List.of("id")),
            Map.entry("order_line", List.of("order_id", "line_no", "quantity")),
            Map.entry("shipment", List.of("order_id", "seq", "carrier")));
    assertThat(m.findings()).isEmpty();
  }

  @Test
  void columnsCarryLengthsPrecisionNullabilityAndTheirRoles() throws Exception {
    JpaModel m = shop();
    JpaEntity customer = m.entity("Customer").orElseThrow();
    JpaEntity order = m.entity("PurchaseOrder").orElseThrow();

    JpaColumn name = customer.column("display_name").orElseThrow();
    assertThat(name.length()).isEqualTo(120);
    assertThat(name.nullable()).isFalse();
    assertThat(name.unique()).isTrue();
    assertThat(customer.column("city").orElseThrow().length()).isEqualTo(80);
    assertThat(customer.column("billing_city").orElseThrow().length()).isEqualTo(60);
    assertThat(customer.column("billing_city").orElseThrow().fieldName()).isEqualTo("billing.city");
    assertThat(customer.column("tier").orElseThrow().enumType()).isEqualTo("STRING");
    assertThat(customer.column("id").orElseThrow())
        .extracting(JpaColumn::id, JpaColumn::generated, JpaColumn::javaType)
        .containsExactly(true, true, "Long");
    assertThat(customer.column("version").orElseThrow().version()).isTrue();
    assertThat(customer.idColumns()).containsExactly("id");

    assertThat(order.column("status").orElseThrow().enumType()).isEqualTo("ORDINAL");
    assertThat(order.column("total").orElseThrow())
        .extracting(JpaColumn::precision, JpaColumn::scale)
        .containsExactly(12, 2);
    assertThat(order.column("notes").orElseThrow().lob()).isTrue();
    assertThat(order.column("customer_id").orElseThrow())
        .extracting(JpaColumn::joinColumn, JpaColumn::nullable, JpaColumn::javaType)
        .containsExactly(true, false, "Long");
    assertThat(order.column("invoice_id").orElseThrow().unique()).isTrue();
  }

  @Test
  void relationshipsKnowTheirOwningSideJoinColumnsAndJoinTables() throws Exception {
    JpaModel m = shop();

    assertThat(m.entity("PurchaseOrder").orElseThrow().relationships())
        .extracting(
            JpaRelationship::fieldName,
            JpaRelationship::kind,
            JpaRelationship::targetClass,
            JpaRelationship::owning,
            JpaRelationship::joinColumns)
        .containsExactly(
            tuple("customer", Kind.MANY_TO_ONE, "Customer", true, List.of("customer_id")),
            tuple("products", Kind.MANY_TO_MANY, "Product", true, List.of()),
            tuple("invoice", Kind.ONE_TO_ONE, "Invoice", true, List.of("invoice_id")));
    assertThat(m.entity("PurchaseOrder").orElseThrow().relationships().get(1).joinTable().name())
        .isEqualTo("order_product");
    assertThat(m.entity("Customer").orElseThrow().relationships())
        .extracting(JpaRelationship::fieldName, JpaRelationship::mappedBy, JpaRelationship::owning)
        .containsExactly(tuple("orders", "customer", false));
    assertThat(m.entity("Invoice").orElseThrow().relationships().get(0).mappedBy())
        .isEqualTo("invoice");
  }

  @Test
  void compositeKeysFromIdClassAndEmbeddedId() throws Exception {
    JpaModel m = shop();

    assertThat(m.entity("OrderLine").orElseThrow().idColumns())
        .containsExactly("order_id", "line_no");
    assertThat(m.entity("Shipment").orElseThrow().idColumns()).containsExactly("order_id", "seq");
  }

  @Test
  void javaxEntitiesWithCollectionTablesAndUnidirectionalJoinColumns() throws Exception {
    JpaModel m = new JpaSourceReader().read(List.of(fixture("javax")));

    assertThat(tables(m))
        .containsOnly(
            Map.entry("accounts", List.of("id", "user_name", "nickname")),
            Map.entry("login_session", List.of("id", "token", "account_id")),
            Map.entry("account_roles", List.of("account_id", "role")));
    JpaLinkTable roles = m.linkTables().get(0);
    assertThat(roles.columns().get(1).length()).isEqualTo(40);
    assertThat(roles.columns().get(1).javaType()).isEqualTo("String");
  }

  @Test
  void plainJpaNamingKeepsExplicitNamesAndNamesJoinTablesAfterBothTables() throws Exception {
    JpaModel m = new JpaSourceReader().read(List.of(fixture("jakarta")), JpaNaming.JPA_DEFAULT);

    assertThat(m.tableNames()).contains("product_tag", "purchaseorder", "orderline");
    assertThat(m.entity("Customer").orElseThrow().column("displayname")).isPresent();
  }

  @Test
  void aFileThatDoesNotParseIsReportedWithItsLineAndTheRestIsRead() throws Exception {
    JpaModel m = new JpaSourceReader().read(List.of(fixture("broken")));

    assertThat(m.entities()).extracting(JpaEntity::className).containsExactly("Fine");
    assertThat(m.findings())
        .filteredOn(f -> f.severity() == ImportFinding.Severity.WARNING)
        .extracting(ImportFinding::file, ImportFinding::line)
        .containsExactly(tuple("Broken.java", 7));
    assertThat(m.findings())
        .filteredOn(f -> f.severity() == ImportFinding.Severity.INFO)
        .extracting(ImportFinding::file, ImportFinding::line)
        .containsExactly(tuple("Fine.java", 9));
  }

  @Test
  void entityInheritanceIsReportedAsNotReadYet() throws Exception {
    JpaModel m = new JpaSourceReader().read(List.of(fixture("inheritance")));

    assertThat(m.findings())
        .extracting(ImportFinding::severity, ImportFinding::file, ImportFinding::line)
        .containsExactly(tuple(ImportFinding.Severity.WARNING, "Dog.java", 6));
  }
}
