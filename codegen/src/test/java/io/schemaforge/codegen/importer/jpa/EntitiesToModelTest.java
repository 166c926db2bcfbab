package io.schemaforge.codegen.importer.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.codegen.importer.ImportedModel;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesToModelTest {
  private static ImportedModel shop() throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(JpaSourceReaderTest.fixture("jakarta")));
    return new EntitiesToModel(Dialect.POSTGRES).build(jpa, "shop");
  }

  private static Entity entity(Schema s, String name) {
    return s.entityByName(name).orElseThrow();
  }

  @Test
  void entitiesKeepTheirClassFieldAndTableNames() throws Exception {
    Schema s = shop().model().schema();

    assertThat(s.entities())
        .extracting(Entity::name, Entity::tableName)
        .contains(tuple("Customer", "shop_customer"), tuple("PurchaseOrder", "purchase_order"));
    Entity customer = entity(s, "Customer");
    assertThat(customer.attributes())
        .extracting(Attribute::name, Attribute::columnName, Attribute::typeDisplay)
        .contains(
            tuple("id", "id", "bigint"),
            tuple("displayName", "display_name", "string(120)"),
            tuple("billingCity", "billing_city", "string(60)"),
            tuple("tier", "tier", "enum"));
    assertThat(customer.attributeByName("tier").orElseThrow().enumValues())
        .containsExactly("BRONZE", "SILVER", "GOLD");
    assertThat(customer.attributeByName("id").orElseThrow())
        .extracting(Attribute::primaryKey, Attribute::identity, Attribute::nullable)
        .containsExactly(true, true, false);
    assertThat(entity(s, "PurchaseOrder").attributeByName("total").orElseThrow())
        .extracting(Attribute::type, Attribute::precision, Attribute::scale)
        .containsExactly(LogicalType.DECIMAL, 12, 2);
  }

  @Test
  void associationsBecomeRelationshipsNavigableByTheirFields() throws Exception {
    Schema s = shop().model().schema();
    String customer = entity(s, "Customer").id();
    String order = entity(s, "PurchaseOrder").id();

    Relationship placed =
        s.relationships().stream()
            .filter(r -> r.sourceEntityId().equals(customer) && r.targetEntityId().equals(order))
            .findFirst()
            .orElseThrow();
    assertThat(placed)
        .extracting(
            Relationship::kind,
            Relationship::sourceNavigation,
            Relationship::targetNavigation,
            Relationship::required)
        .containsExactly(RelationshipKind.ONE_TO_MANY, "orders", "customer", true);
    Attribute fk =
        entity(s, "PurchaseOrder").attribute(placed.foreignKeyAttributeIds().get(0)).orElseThrow();
    assertThat(fk.columnName()).isEqualTo("customer_id");
    assertThat(entity(s, "PurchaseOrder").attributes())
        .filteredOn(a -> a.columnName().equals("customer_id"))
        .hasSize(1);

    Relationship products =
        s.relationships().stream()
            .filter(
                r -> r.kind() == RelationshipKind.MANY_TO_MANY && r.sourceEntityId().equals(order))
            .findFirst()
            .orElseThrow();
    assertThat(products.joinTable().tableName()).isEqualTo("order_product");
    assertThat(products.sourceNavigation()).isEqualTo("products");
    assertThat(products.targetNavigation()).isEqualTo("orders");

    assertThat(entity(s, "OrderLine").primaryKey())
        .extracting(Attribute::columnName)
        .containsExactlyInAnyOrder("line_no", "order_id");
  }

  @Test
  void theModelHasNoValidationErrors() throws Exception {
    ImportedModel imported = shop();

    assertThat(LiveValidator.validate(imported.model(), RuleRegistry.builtIn()))
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .isEmpty();
  }

  @Test
  void elementCollectionsAreReportedNotDropped() throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(JpaSourceReaderTest.fixture("javax")));
    ImportedModel imported = new EntitiesToModel(Dialect.POSTGRES).build(jpa, "legacy");

    assertThat(imported.findings()).extracting(f -> f.element()).contains("account_roles");
    Relationship sessions = imported.model().schema().relationships().get(0);
    assertThat(sessions.sourceNavigation()).isEqualTo("sessions");
    Entity session = imported.model().schema().entityByName("LoginSession").orElseThrow();
    assertThat(
            session.attribute(sessions.foreignKeyAttributeIds().get(0)).orElseThrow().columnName())
        .isEqualTo("account_id");
  }
}
