import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the Schemaforge icon (three entity cards joined by relationship lines on a blue tile) and
 * writes it as PNG (Linux), ICO (Windows) and ICNS (macOS). Not part of the build: run it when the
 * icon changes, from this folder: {@code java MakeIcons.java}. Plain JDK, no image tools needed.
 */
public class MakeIcons {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : ".");
    Files.write(dir.resolve("../linux/schemaforge.png"), png(draw(256)));
    Files.write(dir.resolve("../windows/schemaforge.ico"), ico(16, 32, 48, 256));
    Files.write(dir.resolve("../macos/schemaforge.icns"), icns());
  }

  static BufferedImage draw(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    double s = size / 256.0;
    g.scale(s, s);
    g.setPaint(new GradientPaint(0, 0, new Color(0x3b82f6), 256, 256, new Color(0x1e3a8a)));
    g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
    // Relationship lines first, so the cards sit on top of them.
    g.setColor(new Color(255, 255, 255, 220));
    g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(104, 78, 152, 78);
    g.drawLine(78, 112, 78, 150);
    g.drawLine(78, 150, 140, 150);
    card(g, 36, 44, 76, 68);
    card(g, 144, 44, 76, 68);
    card(g, 132, 128, 88, 84);
    g.dispose();
    return img;
  }

  private static void card(Graphics2D g, int x, int y, int w, int h) {
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(x, y, w, h, 18, 18));
    g.setColor(new Color(0x93c5fd));
    g.fill(new RoundRectangle2D.Double(x, y, w, 20, 18, 18));
    g.fillRect(x, y + 10, w, 10);
    g.setColor(new Color(0xcbd5e1));
    for (int row = y + 32; row + 6 < y + h; row += 16) {
      g.fillRoundRect(x + 10, row, w - 20, 6, 6, 6);
    }
  }

  static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  /** An ICO whose entries are PNGs (supported since Windows Vista). */
  static byte[] ico(int... sizes) throws IOException {
    byte[][] images = new byte[sizes.length][];
    for (int i = 0; i < sizes.length; i++) {
      images[i] = png(draw(sizes[i]));
    }
    int headerSize = 6 + 16 * sizes.length;
    ByteBuffer b = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
    b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
    int offset = headerSize;
    for (int i = 0; i < sizes.length; i++) {
      int s = sizes[i] >= 256 ? 0 : sizes[i];
      b.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
      b.putShort((short) 1).putShort((short) 32).putInt(images[i].length).putInt(offset);
      offset += images[i].length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(b.array());
    for (byte[] image : images) {
      out.write(image);
    }
    return out.toByteArray();
  }

  /** An ICNS with PNG entries: ic07 (128), ic08 (256), ic09 (512). */
  static byte[] icns() throws IOException {
    String[] types = {"ic07", "ic08", "ic09"};
    int[] sizes = {128, 256, 512};
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    DataOutputStream e = new DataOutputStream(entries);
    for (int i = 0; i < types.length; i++) {
      byte[] image = png(draw(sizes[i]));
      e.writeBytes(types[i]);
      e.writeInt(image.length + 8);
      e.write(image);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream o = new DataOutputStream(out);
    o.writeBytes("icns");
    o.writeInt(entries.size() + 8);
    o.write(entries.toByteArray());
    return out.toByteArray();
  }
}
