package io.schemaforge.examples;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Layout;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Note;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.model.Trait;
import io.schemaforge.model.ValidationHints;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the example models of resources/examples with readable ids. Run once by hand when the
 * examples change ({@code java -cp ... ExampleModelsGenerator resources/examples}); the committed
 * files are what the app opens and the tests check.
 */
public final class ExampleModelsGenerator {
  private Model model;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "resources/examples");
    Files.createDirectories(dir);
    ExampleModelsGenerator g = new ExampleModelsGenerator();
    ProjectFiles.save(g.blog(), dir.resolve("blog" + ProjectFiles.EXTENSION));
    ProjectFiles.save(g.shop(), dir.resolve("shop" + ProjectFiles.EXTENSION));
    ProjectFiles.save(g.selfReferencing(), dir.resolve("org-chart" + ProjectFiles.EXTENSION));
    for (String n : List.of("blog", "shop", "org-chart")) {
      Files.deleteIfExists(dir.resolve(n + ProjectFiles.EXTENSION + ".bak"));
    }
  }

  Model blog() {
    start("sch_blog", "blog", "com.example.blog");
    Entity user = entity("user", "User", "users", 40, 40, 240, 220);
    attr(user, "username", LogicalType.STRING, b -> b.length(50).nullable(false).unique(true));
    attr(
        user,
        "email",
        LogicalType.STRING,
        b ->
            b.length(255)
                .nullable(false)
                .unique(true)
                .hints(new ValidationHints(true, null, null, null)));
    attr(
        user,
        "passwordHash",
        LogicalType.STRING,
        b -> b.length(100).nullable(false).sensitive(true));
    attr(user, "displayName", LogicalType.STRING, b -> b.length(100));
    user.setTrait(Trait.TIMESTAMPS, true);
    user.setComment("A registered author or reader.");
    Entity post = entity("post", "Post", "posts", 380, 40, 240, 240);
    attr(post, "title", LogicalType.STRING, b -> b.length(200).nullable(false));
    attr(post, "slug", LogicalType.STRING, b -> b.length(200).nullable(false).unique(true));
    attr(post, "body", LogicalType.TEXT, b -> b.nullable(false));
    attr(post, "published", LogicalType.BOOLEAN, b -> b.nullable(false).defaultValue("false"));
    attr(post, "publishedAt", LogicalType.TIMESTAMPTZ, b -> b);
    post.setTrait(Trait.TIMESTAMPS, true);
    post.setTrait(Trait.VERSION, true);
    Entity comment = entity("comment", "Comment", "comments", 380, 340, 240, 200);
    attr(comment, "body", LogicalType.TEXT, b -> b.nullable(false));
    comment.setTrait(Trait.TIMESTAMPS, true);
    Entity tag = entity("tag", "Tag", "tags", 720, 40, 220, 120);
    attr(tag, "name", LogicalType.STRING, b -> b.length(50).nullable(false).unique(true));
    relate(
        "post_author",
        RelationshipKind.ONE_TO_MANY,
        user,
        post,
        "posts",
        "author",
        true,
        OnDelete.RESTRICT);
    relate(
        "comment_post",
        RelationshipKind.ONE_TO_MANY,
        post,
        comment,
        "comments",
        "post",
        true,
        OnDelete.CASCADE);
    relate(
        "comment_author",
        RelationshipKind.ONE_TO_MANY,
        user,
        comment,
        "comments",
        "author",
        true,
        OnDelete.RESTRICT);
    manyToMany(
        "post_tags", post, tag, "tags", "posts", new JoinTable("posts_tags", "post_id", "tag_id"));
    model
        .layout()
        .putNote(
            0,
            new Note(
                "note_blog",
                "Posts and comments belong to users;\ntags are shared between posts.",
                new Bounds(720, 220, 220, 80)));
    return model;
  }

  Model shop() {
    start("sch_shop", "shop", "com.example.shop");
    Entity customer = entity("customer", "Customer", "customers", 40, 40, 240, 200);
    attr(
        customer,
        "email",
        LogicalType.STRING,
        b ->
            b.length(255)
                .nullable(false)
                .unique(true)
                .hints(new ValidationHints(true, null, null, null)));
    attr(customer, "fullName", LogicalType.STRING, b -> b.length(150).nullable(false));
    attr(
        customer,
        "passwordHash",
        LogicalType.STRING,
        b -> b.length(100).nullable(false).sensitive(true));
    customer.setTrait(Trait.TIMESTAMPS, true);
    Entity order = entity("order", "Order", "orders", 380, 40, 240, 220);
    attr(
        order,
        "status",
        LogicalType.ENUM,
        b ->
            b.nullable(false)
                .defaultValue("PENDING")
                .enumValues(List.of("PENDING", "PAID", "SHIPPED", "CANCELLED")));
    attr(
        order,
        "placedAt",
        LogicalType.TIMESTAMPTZ,
        b -> b.nullable(false).defaultValue("CURRENT_TIMESTAMP"));
    attr(
        order,
        "totalAmount",
        LogicalType.DECIMAL,
        b ->
            b.precision(12)
                .scale(2)
                .nullable(false)
                .hints(new ValidationHints(false, null, 0L, null)));
    order.setTrait(Trait.VERSION, true);
    Entity item = entity("order_item", "OrderItem", "order_items", 380, 340, 240, 200);
    attr(
        item,
        "quantity",
        LogicalType.INT,
        b -> b.nullable(false).hints(new ValidationHints(false, null, 1L, 1000L)));
    attr(item, "unitPrice", LogicalType.DECIMAL, b -> b.precision(12).scale(2).nullable(false));
    Entity product = entity("product", "Product", "products", 720, 340, 240, 200);
    attr(product, "sku", LogicalType.STRING, b -> b.length(40).nullable(false).unique(true));
    attr(product, "name", LogicalType.STRING, b -> b.length(200).nullable(false));
    attr(product, "price", LogicalType.DECIMAL, b -> b.precision(12).scale(2).nullable(false));
    attr(product, "stock", LogicalType.INT, b -> b.nullable(false).defaultValue("0"));
    product.setTrait(Trait.SOFT_DELETE, true);
    relate(
        "order_customer",
        RelationshipKind.ONE_TO_MANY,
        customer,
        order,
        "orders",
        "customer",
        true,
        OnDelete.RESTRICT);
    relate(
        "item_order",
        RelationshipKind.ONE_TO_MANY,
        order,
        item,
        "items",
        "order",
        true,
        OnDelete.CASCADE);
    relate(
        "item_product",
        RelationshipKind.ONE_TO_MANY,
        product,
        item,
        "orderItems",
        "product",
        true,
        OnDelete.RESTRICT);
    model
        .layout()
        .putGroup(
            0,
            new Group(
                "grp_sales",
                "Sales",
                "#dbeafe",
                List.of(customer.id(), order.id(), item.id()),
                new Bounds(20, 10, 620, 560)));
    return model;
  }

  Model selfReferencing() {
    start("sch_org", "org-chart", "com.example.org");
    Entity category = entity("category", "Category", "categories", 40, 40, 240, 160);
    attr(category, "name", LogicalType.STRING, b -> b.length(100).nullable(false));
    attr(category, "position", LogicalType.INT, b -> b.nullable(false).defaultValue("0"));
    Entity employee = entity("employee", "Employee", "employees", 420, 40, 240, 200);
    attr(employee, "fullName", LogicalType.STRING, b -> b.length(150).nullable(false));
    attr(
        employee,
        "email",
        LogicalType.STRING,
        b ->
            b.length(255)
                .nullable(false)
                .unique(true)
                .hints(new ValidationHints(true, null, null, null)));
    attr(employee, "hiredOn", LogicalType.DATE, b -> b.nullable(false));
    attr(employee, "salary", LogicalType.DECIMAL, b -> b.precision(12).scale(2).sensitive(true));
    relate(
        "category_parent",
        RelationshipKind.ONE_TO_MANY,
        category,
        category,
        "children",
        "parent",
        false,
        OnDelete.CASCADE);
    relate(
        "employee_manager",
        RelationshipKind.ONE_TO_MANY,
        employee,
        employee,
        "reports",
        "manager",
        false,
        OnDelete.SET_NULL);
    return model;
  }

  private void start(String id, String name, String pkg) {
    Schema s = new Schema(id, name, Dialect.POSTGRES, pkg);
    s.setNaming(new NamingConvention(NamingConvention.TableNumber.PLURAL, true, false));
    model = new Model(s, new Layout());
  }

  private Entity entity(
      String key, String name, String table, double x, double y, double w, double h) {
    Entity e = new Entity("ent_" + key, name, table);
    e.insertAttribute(
        0,
        Attribute.builder("att_" + key + "_id", "id", "id", LogicalType.BIGINT)
            .primaryKey(true)
            .identity(true)
            .nullable(false)
            .build());
    model.schema().insertEntity(model.schema().entities().size(), e);
    model.layout().setBounds(e.id(), new Bounds(x, y, w, h));
    return e;
  }

  private void attr(
      Entity e, String name, LogicalType type, UnaryOperator<Attribute.Builder> more) {
    String column = io.schemaforge.naming.Names.snakeCase(name);
    String key = e.id().substring(4) + "_" + column;
    e.insertAttribute(
        e.attributes().size(),
        more.apply(Attribute.builder("att_" + key, name, column, type)).build());
  }

  private void relate(
      String key,
      RelationshipKind kind,
      Entity source,
      Entity target,
      String sourceNav,
      String targetNav,
      boolean required,
      OnDelete onDelete) {
    String column = io.schemaforge.naming.Names.snakeCase(targetNav) + "_id";
    Attribute fk =
        Attribute.builder("att_" + key + "_fk", targetNav + "Id", column, LogicalType.BIGINT)
            .nullable(!required)
            .unique(kind == RelationshipKind.ONE_TO_ONE)
            .build();
    target.insertAttribute(target.attributes().size(), fk);
    target.putIndex(
        target.indexes().size(), new Index("idx_" + key, null, List.of(fk.id()), false));
    model
        .schema()
        .putRelationship(
            model.schema().relationships().size(),
            new Relationship(
                "rel_" + key,
                kind,
                source.id(),
                target.id(),
                List.of(fk.id()),
                null,
                sourceNav,
                targetNav,
                required,
                onDelete));
  }

  private void manyToMany(
      String key, Entity source, Entity target, String sourceNav, String targetNav, JoinTable jt) {
    model
        .schema()
        .putRelationship(
            model.schema().relationships().size(),
            new Relationship(
                "rel_" + key,
                RelationshipKind.MANY_TO_MANY,
                source.id(),
                target.id(),
                List.of(),
                jt,
                sourceNav,
                targetNav,
                false,
                OnDelete.CASCADE));
  }
}
