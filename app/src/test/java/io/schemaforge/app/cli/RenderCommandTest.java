package io.schemaforge.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.app.ui.Examples;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.projectfile.ProjectFiles;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code schemaforge render} end to end: real files out, decoded and parsed back. */
class RenderCommandTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SchemaforgeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void svgHasEveryEntityNameAsTextAndEveryRelationshipAsAPath() throws Exception {
    Path svg = dir.resolve("blog.svg");
    Result r = run("render", Examples.path("blog").toString(), "--out", svg.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote " + svg).contains("4 entities, 4 relationships");
    Document doc = parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(Files.readString(svg)).doesNotContain("<image");
    List<String> texts = texts(doc);
    Model model = ProjectFiles.load(Examples.path("blog"));
    for (Entity e : model.schema().entities()) {
      assertThat(texts).contains(e.name(), e.tableName());
      Element card = byId(doc, e.id());
      assertThat(card).as(e.name()).isNotNull();
      assertThat(card.getAttribute("class")).isEqualTo("entity");
      e.attributes().forEach(a -> assertThat(texts).contains(a.name()));
    }
    for (Relationship rel : model.schema().relationships()) {
      Element g = byId(doc, rel.id());
      assertThat(g).as(rel.id()).isNotNull();
      Element path = (Element) g.getElementsByTagName("path").item(0);
      // A route has at least two points: "M x y L x y ...".
      assertThat(path.getAttribute("d")).matches("M[-\\d.]+ [-\\d.]+( L[-\\d.]+ [-\\d.]+)+");
    }
    assertThat(texts).contains("posts_tags"); // the many-to-many's join table
  }

  @Test
  void pngHasTheSvgsSizeScalesAndShowsTheCardsWhereTheSvgHasThem() throws Exception {
    Path svg = dir.resolve("shop.svg");
    Path png = dir.resolve("shop.png");
    Path png2 = dir.resolve("shop@2x.png");
    String model = Examples.path("shop").toString();
    assertThat(run("render", model, "--out", svg.toString()).code()).isZero();
    assertThat(run("render", model, "--out", png.toString()).code()).isZero();
    assertThat(run("render", model, "-o", png2.toString(), "--scale", "2").code()).isZero();

    Element root = parse(svg).getDocumentElement();
    double[] viewBox = numbers(root.getAttribute("viewBox"));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo((int) Math.ceil(viewBox[2]));
    assertThat(image.getHeight()).isEqualTo((int) Math.ceil(viewBox[3]));
    BufferedImage twice = ImageIO.read(png2.toFile());
    assertThat(twice.getWidth()).isEqualTo((int) Math.ceil(viewBox[2] * 2));
    assertThat(twice.getHeight()).isEqualTo((int) Math.ceil(viewBox[3] * 2));

    int background = image.getRGB(1, 1);
    // Inside every card (from the model's layout): white card fill, not the canvas background.
    Model m = ProjectFiles.load(Examples.path("shop"));
    for (Entity e : m.schema().entities()) {
      var b = m.layout().bounds(e.id()).orElseThrow();
      int x = (int) (b.x() + b.width() - 20 - viewBox[0]);
      int y = (int) (b.y() + 120 - viewBox[1]);
      assertThat(image.getRGB(x, y)).as(e.name()).isNotEqualTo(background);
      assertThat(image.getRGB(x, y) & 0xffffff).as(e.name()).isEqualTo(0xffffff);
    }
    assertThat(nonBackgroundShare(image, background)).isBetween(0.2, 0.95);
  }

  @Test
  void darkThemeAndSelectionDrawOnlyTheChosenCardsOnTheDarkBackground() throws Exception {
    Path svg = dir.resolve("part.svg");
    Path png = dir.resolve("part.png");
    String model = Examples.path("blog").toString();
    Result r =
        run(
            "render",
            model,
            "--out",
            svg.toString(),
            "--selection",
            "User",
            "--selection",
            "ent_post",
            "--theme",
            "dark");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 entities, 1 relationship)");
    List<String> texts = texts(parse(svg));
    assertThat(texts).contains("User", "Post").doesNotContain("Comment", "Tag", "posts_tags");

    assertThat(
            run("render", model, "-o", png.toString(), "--selection=User,Post", "--theme=dark")
                .code())
        .isZero();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getRGB(1, 1) & 0xffffff).isEqualTo(0x0d1117); // dark.css -sf-background
  }

  /**
   * As {@code java -jar} runs it: a fresh JVM without a display and without the Monocle properties
   * the UI tests get, so the command must choose the headless platform itself.
   */
  @Test
  void rendersInAPlainJvmWithoutADisplay() throws Exception {
    Path png = dir.resolve("plain.png");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djavafx.cachedir=" + dir.resolve("javafx-cache"),
            "-cp",
            System.getProperty("java.class.path"),
            "io.schemaforge.app.Main",
            "render",
            Examples.path("org-chart").toString(),
            "--out",
            png.toString());
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("Wrote " + png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(nonBackgroundShare(image, image.getRGB(1, 1))).isGreaterThan(0.1);
  }

  @Test
  void selectingAGroupDrawsItWithTheCardsInIt() throws Exception {
    Path svg = dir.resolve("sales.svg");
    Result r =
        run(
            "render",
            Examples.path("shop").toString(),
            "-o",
            svg.toString(),
            "--selection=grp_sales");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("3 entities, 2 relationships");
    assertThat(texts(parse(svg)))
        .contains("Sales", "Customer", "Order", "OrderItem")
        .doesNotContain("Product");
  }

  @Test
  void unknownExtensionExitsTwoAndWritesNothing() {
    Path gif = dir.resolve("blog.gif");
    Result r = run("render", Examples.path("blog").toString(), "--out", gif.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(gif.toString()).contains(".png or .svg");
    assertThat(gif).doesNotExist();
  }

  @Test
  void damagedModelExitsTwoNamingTheFileAndLine() throws Exception {
    Path broken = dir.resolve("broken.schemaforge.json");
    String json = Files.readString(Examples.path("blog"));
    Files.writeString(broken, json.substring(0, json.length() / 2));
    Path png = dir.resolve("out.png");
    Result r = run("render", broken.toString(), "--out", png.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(broken.toString()).containsPattern("line \\d+");
    assertThat(png).doesNotExist();
  }

  @Test
  void unknownSelectionOrBadScaleOrMissingFolderExitTwo() {
    String model = Examples.path("blog").toString();
    Path png = dir.resolve("out.png");
    Result unknown = run("render", model, "--out", png.toString(), "--selection", "Nope");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Nope");
    Result scale = run("render", model, "--out", png.toString(), "--scale", "0");
    assertThat(scale.code()).isEqualTo(2);
    assertThat(scale.err()).contains("--scale");
    Path nowhere = dir.resolve("missing/out.png");
    Result folder = run("render", model, "--out", nowhere.toString());
    assertThat(folder.code()).isEqualTo(2);
    assertThat(folder.err()).contains("does not exist");
    assertThat(png).doesNotExist();
  }

  static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(svg.toFile());
  }

  static List<String> texts(Document doc) {
    NodeList nodes = doc.getElementsByTagName("text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }

  private static Element byId(Document doc, String id) {
    NodeList groups = doc.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("id").equals(id)) {
        return g;
      }
    }
    return null;
  }

  private static double[] numbers(String s) {
    String[] parts = s.trim().split("\\s+");
    double[] n = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      n[i] = Double.parseDouble(parts[i]);
    }
    return n;
  }

  static double nonBackgroundShare(BufferedImage image, int background) {
    long other = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) != background) {
          other++;
        }
      }
    }
    return other / (double) (image.getWidth() * image.getHeight());
  }
}
