package io.schemaforge.codegen.importer.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportedModel;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog's model knows tables and columns but not the Java names; the reconciler takes them
 * from the sources. The catalog model is simulated by the shop's model with every Java name
 * replaced by a catalog-style one.
 */
class EntityReconcilerTest {

  @Test
  void classFieldAndNavigationNamesComeFromTheSources() throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(JpaSourceReaderTest.fixture("jakarta")));
    Model model = new EntitiesToModel(Dialect.POSTGRES).build(jpa, "shop").model();
    DbSchema catalog = new PhysicalSchemaBuilder(Dialect.POSTGRES).build(model.schema());
    forgetJavaNames(model);

    ImportedModel result =
        new EntityReconciler().reconcile(new ImportedModel(model, List.of()), jpa, catalog);

    var s = result.model().schema();
    assertThat(s.entities())
        .extracting(Entity::tableName, Entity::name)
        .contains(tuple("shop_customer", "Customer"), tuple("purchase_order", "PurchaseOrder"));
    assertThat(s.entityByName("Customer").orElseThrow().attributes())
        .extracting(Attribute::columnName, Attribute::name)
        .contains(tuple("display_name", "displayName"), tuple("billing_city", "billingCity"));
    String customer = s.entityByName("Customer").orElseThrow().id();
    assertThat(s.relationships())
        .filteredOn(r -> r.sourceEntityId().equals(customer))
        .extracting(Relationship::sourceNavigation, Relationship::targetNavigation)
        .containsExactly(tuple("orders", "customer"));
    assertThat(s.relationships())
        .filteredOn(r -> r.kind() == RelationshipKind.MANY_TO_MANY)
        .extracting(Relationship::sourceNavigation, Relationship::targetNavigation)
        .containsExactlyInAnyOrder(tuple("products", "orders"), tuple("tags", null));
    assertThat(result.findings())
        .filteredOn(f -> f.severity() == ImportFinding.Severity.WARNING)
        .extracting(ImportFinding::describe)
        .isEmpty();
    assertThat(result.model().schema().importIssues()).isEmpty();
  }

  @Test
  void driftBetweenSourcesAndCatalogIsReported() throws Exception {
    JpaModel jpa = new JpaSourceReader().read(List.of(JpaSourceReaderTest.fixture("jakarta")));
    Model model = new EntitiesToModel(Dialect.POSTGRES).build(jpa, "shop").model();
    Entity tag = model.schema().entityByName("Tag").orElseThrow();
    Attribute label = tag.attributeByName("label").orElseThrow();
    new ChangeAttributeCommand(tag.id(), label.toBuilder().length(100).build()).execute(model);
    DbSchema catalog = new PhysicalSchemaBuilder(Dialect.POSTGRES).build(model.schema());

    ImportedModel result =
        new EntityReconciler().reconcile(new ImportedModel(model, List.of()), jpa, catalog);

    assertThat(result.findings())
        .filteredOn(f -> f.severity() == ImportFinding.Severity.WARNING)
        .extracting(ImportFinding::element, ImportFinding::file, ImportFinding::line)
        .containsExactly(tuple("tag.label", "com/example/shop/Tag.java", 9));
    assertThat(result.model().schema().importIssues())
        .extracting(i -> i.element(), i -> i.describe())
        .containsExactly(
            tuple(
                "tag.label",
                "com/example/shop/Tag.java:9: field label: length 255 (JPA's default) but the"
                    + " column is string(100)"));
  }

  private static void forgetJavaNames(Model model) {
    int i = 0;
    for (Entity e : List.copyOf(model.schema().entities())) {
      new RenameEntityCommand(e.id(), "Table" + i++, null).execute(model);
      for (Attribute a : List.copyOf(model.schema().requireEntity(e.id()).attributes())) {
        new ChangeAttributeCommand(e.id(), a.toBuilder().name("c" + i++).build()).execute(model);
      }
    }
    for (Relationship r : List.copyOf(model.schema().relationships())) {
      new ChangeRelationshipCommand(r.withNavigation("navA" + i, "navB" + i++)).execute(model);
    }
  }
}
