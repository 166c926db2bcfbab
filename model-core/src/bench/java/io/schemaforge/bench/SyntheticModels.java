package io.schemaforge.bench;

import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Ids;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Builds large, realistic and (nearly) valid models for benchmarks, through the real commands on a
 * {@link CommandStack}: {@code SyntheticModels.generate(5000, 42)}.
 *
 * <p>Each entity has a {@code Long id} key and about 13 more attributes of mixed types (strings
 * with lengths, decimals with precision, time-zoned timestamps, dates, booleans that are not null,
 * now and then an enum), plus the foreign keys its relationships add. There are about 1.5
 * relationships per entity: mostly 1:N, some 1:1, some N:M and a few self references; most connect
 * entities that are near each other on the grid, one in ten points at one of 20 "hub" entities (the
 * User or Tenant that everything refers to), most often at the first, whose number of relationships
 * so grows with the model (about 135 at n = 5,000). Names are unique, plural and made of two or
 * three words, so they are never reserved words. The structure and names depend only on {@code n}
 * and {@code seed}; element ids are random, as in the application.
 */
public final class SyntheticModels {
  private static final String[] AREAS = {
    "Sales",
    "Billing",
    "Stock",
    "Crm",
    "Payroll",
    "Shipping",
    "Catalog",
    "Support",
    "Audit",
    "Fleet"
  };
  private static final String[] NOUNS = {
    "Customer",
    "Invoice",
    "Product",
    "Supplier",
    "Contract",
    "Payment",
    "Account",
    "Warehouse",
    "Shipment",
    "Employee",
    "Ticket",
    "Vehicle",
    "Campaign",
    "Voucher",
    "Receipt",
    "Parcel",
    "Budget",
    "Project",
    "Asset",
    "Device",
    "Region",
    "Carrier",
    "Quote",
    "Refund",
    "Ledger",
    "Policy",
    "Claim",
    "Vendor",
    "Branch",
    "Tariff",
    "Schedule",
    "Route",
    "Station",
    "Partner",
    "Lead",
    "Survey",
    "Course",
    "Lesson",
    "Article",
    "Booking",
    "Tenant",
    "Member",
    "Package",
    "Coupon",
    "Address",
    "Contact",
    "Journal",
    "Expense",
    "Machine",
    "Batch"
  };
  private static final String[] QUALIFIERS = {
    "",
    "Line",
    "Item",
    "Detail",
    "Snapshot",
    "Entry",
    "Version",
    "Draft",
    "Note",
    "Review",
    "Summary",
    "Request"
  };

  /** Share of relationships whose "one" side is a hub entity. */
  private static final double HUB_SHARE = 0.10;

  private static final int HUBS = 20;

  /** How far back on the grid a relationship's other end usually is. */
  private static final int NEIGHBOURHOOD = 60;

  private SyntheticModels() {}

  /** A template for one non-key attribute. */
  private record Template(String name, LogicalType type, UnaryOperator<Attribute.Builder> more) {
    Attribute build() {
      return more.apply(Attribute.builder(Ids.newId("att"), name, Names.snakeCase(name), type))
          .build();
    }
  }

  private static final List<Template> POOL =
      List.of(
          t("displayName", LogicalType.STRING, b -> b.length(120).nullable(false)),
          t("shortCode", LogicalType.STRING, b -> b.length(32).nullable(false).unique(true)),
          t("emailAddress", LogicalType.STRING, b -> b.length(255)),
          t("phoneNumber", LogicalType.STRING, b -> b.length(40)),
          t("streetLine", LogicalType.STRING, b -> b.length(200)),
          t("postalCode", LogicalType.STRING, b -> b.length(16)),
          t("countryCode", LogicalType.STRING, b -> b.length(2)),
          t("externalRef", LogicalType.STRING, b -> b.length(64)),
          t("longDescription", LogicalType.TEXT, b -> b),
          t("internalNotes", LogicalType.TEXT, b -> b),
          t("unitPrice", LogicalType.DECIMAL, b -> b.precision(12).scale(2)),
          t("totalAmount", LogicalType.DECIMAL, b -> b.precision(14).scale(2).nullable(false)),
          t("taxRate", LogicalType.DECIMAL, b -> b.precision(5).scale(4)),
          t("discountPercent", LogicalType.DECIMAL, b -> b.precision(5).scale(2)),
          t("itemCount", LogicalType.INT, b -> b.nullable(false).defaultValue("0")),
          t("sortIndex", LogicalType.INT, b -> b),
          t("weightKg", LogicalType.DOUBLE, b -> b),
          t("recordVersion", LogicalType.BIGINT, b -> b.nullable(false).defaultValue("0")),
          t("createdAt", LogicalType.TIMESTAMPTZ, b -> b.nullable(false)),
          t("updatedAt", LogicalType.TIMESTAMPTZ, b -> b),
          t("lastSeenAt", LogicalType.TIMESTAMPTZ, b -> b),
          t("validFrom", LogicalType.DATE, b -> b),
          t("validUntil", LogicalType.DATE, b -> b),
          t("isActive", LogicalType.BOOLEAN, b -> b.nullable(false).defaultValue("true")),
          t("isArchived", LogicalType.BOOLEAN, b -> b.nullable(false).defaultValue("false")),
          t("hasAttachments", LogicalType.BOOLEAN, b -> b.nullable(false).defaultValue("false")),
          t("publicUuid", LogicalType.UUID, b -> b.nullable(false).unique(true)),
          t("extraJson", LogicalType.JSON, b -> b));

  private static final List<Template> ENUMS =
      List.of(
          t(
              "lifecycleState",
              LogicalType.ENUM,
              b -> b.nullable(false).enumValues(List.of("DRAFT", "ACTIVE", "RETIRED"))),
          t(
              "priorityLevel",
              LogicalType.ENUM,
              b -> b.enumValues(List.of("LOW", "MEDIUM", "HIGH", "URGENT"))));

  private static Template t(String name, LogicalType type, UnaryOperator<Attribute.Builder> more) {
    return new Template(name, type, more);
  }

  /** A model of {@code n} entities on a PostgreSQL schema. */
  public static Model generate(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Model model = Model.empty("synthetic-" + n, Dialect.POSTGRES, "com.example.synthetic");
    // A short undo list: the generator never undoes, and 12,000 steps would only hold memory.
    CommandStack stack = new CommandStack(model, 8, System::currentTimeMillis);
    int columns = (int) Math.ceil(Math.sqrt(n));
    List<String> ids = new ArrayList<>(n);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String name = entityName(i);
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalStateException("synthetic entity name repeats: " + name);
      }
      AddEntityCommand add =
          AddEntityCommand.withAttributes(
              name, attributes(rnd), 40 + (i % columns) * 280.0, 40 + (i / columns) * 320.0);
      stack.execute(add);
      stack.seal();
      ids.add(add.entityId());
    }
    Set<Long> pairs = new HashSet<>();
    for (int i = 1; i < n; i++) {
      int count = rnd.nextDouble() < 0.5 ? 1 : 2;
      for (int k = 0; k < count; k++) {
        double roll = rnd.nextDouble();
        RelationshipKind kind;
        int source;
        if (roll < 0.04) {
          kind = RelationshipKind.ONE_TO_MANY;
          source = i; // self reference: parent and children
        } else {
          kind =
              roll < 0.14
                  ? RelationshipKind.ONE_TO_ONE
                  : roll < 0.24 ? RelationshipKind.MANY_TO_MANY : RelationshipKind.ONE_TO_MANY;
          source = pickSource(rnd, i);
        }
        // One relationship per pair at most, so navigation and foreign-key names never repeat.
        boolean fresh = pairs.add(pair(source, i));
        for (int attempt = 0; !fresh && source != i && attempt < 5; attempt++) {
          source = pickSource(rnd, i);
          fresh = pairs.add(pair(source, i));
        }
        if (!fresh) {
          continue;
        }
        stack.execute(AddRelationshipCommand.between(model, kind, ids.get(source), ids.get(i)));
        stack.seal();
      }
    }
    return model;
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static int pickSource(SplittableRandom rnd, int target) {
    if (target > HUBS && rnd.nextDouble() < HUB_SHARE) {
      // Skewed to the first hubs: the first one gets about 18% of these (135 at n = 5,000).
      return rnd.nextInt(rnd.nextInt(HUBS) + 1);
    }
    int from = Math.max(0, target - NEIGHBOURHOOD);
    return from + rnd.nextInt(target - from);
  }

  /** A unique, readable class name: SalesInvoice, BillingInvoiceLine, ... */
  static String entityName(int i) {
    int a = i % AREAS.length;
    int noun = (i / AREAS.length) % NOUNS.length;
    int q = i / (AREAS.length * NOUNS.length);
    String qualifier =
        q < QUALIFIERS.length
            ? QUALIFIERS[q]
            : QUALIFIERS[q % QUALIFIERS.length] + (q / QUALIFIERS.length);
    return AREAS[a] + NOUNS[noun] + qualifier;
  }

  /** A {@code Long id} key, 11 to 15 attributes of the pool (in pool order), sometimes an enum. */
  private static List<Attribute> attributes(SplittableRandom rnd) {
    List<Attribute> list = new ArrayList<>(18);
    list.add(AddEntityCommand.idAttribute());
    int wanted = 11 + rnd.nextInt(5);
    // Selection sampling keeps the pool's order and picks exactly `wanted` templates.
    int left = wanted;
    for (int p = 0; p < POOL.size() && left > 0; p++) {
      if (rnd.nextInt(POOL.size() - p) < left) {
        list.add(POOL.get(p).build());
        left--;
      }
    }
    if (rnd.nextDouble() < 0.2) {
      list.add(ENUMS.get(rnd.nextInt(ENUMS.size())).build());
    }
    return list;
  }
}
