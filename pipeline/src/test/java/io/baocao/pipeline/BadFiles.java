package io.baocao.pipeline;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The bad files of a real batch, made in the test from the corpus: cut, damaged, locked, mislabelled,
 * scanned, bombs, links to nowhere. qpdf makes the encrypted and the 1,000-page PDFs, as a user would.
 */
public final class BadFiles {
    /** A small real report (10 pages) to damage. */
    public static final Path SMALL_PDF = Corpus.file("cantho-2022-h1-nghi-quyet-05.pdf");
    public static final Path DOCX = Corpus.file("cantho-2023-ke-hoach-22.docx");

    private BadFiles() {
    }

    public static Path zeroBytes(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.pdf"), new byte[0]);
    }

    /** The first 60% of a PDF: an interrupted download. */
    public static Path truncated(Path dir) throws IOException {
        byte[] all = Files.readAllBytes(SMALL_PDF);
        return Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(all, all.length * 6 / 10));
    }

    /** Every xref entry shifted by 7 bytes: the table points between objects; PDFBox rebuilds it. */
    public static Path shiftedXref(Path dir) throws IOException {
        String pdf = latin1(SMALL_PDF);
        int xref = pdf.lastIndexOf("\nxref") + 1;
        int trailer = pdf.indexOf("trailer", xref);
        Matcher m = Pattern.compile("(\\d{10})( \\d{5} n)").matcher(pdf.substring(xref, trailer));
        StringBuilder table = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(table, String.format("%010d", Long.parseLong(m.group(1)) + 7) + m.group(2));
        }
        m.appendTail(table);
        return Files.write(dir.resolve("shifted-xref.pdf"),
                (pdf.substring(0, xref) + table + pdf.substring(trailer)).getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The xref table, the trailer and its /Root scrambled: nothing left to rebuild from. */
    public static Path destroyedXref(Path dir) throws IOException {
        byte[] b = Files.readAllBytes(SMALL_PDF);
        String pdf = new String(b, StandardCharsets.ISO_8859_1);
        int xref = pdf.lastIndexOf("\nxref") + 1;
        int startxref = pdf.lastIndexOf("startxref");
        for (int i = xref; i < startxref; i++) {
            if (Character.isDigit(b[i])) {
                b[i] = '7';
            }
        }
        return Files.write(dir.resolve("destroyed-xref.pdf"), b);
    }

    public static Path userPassword(Path dir) throws Exception {
        Path out = dir.resolve("user-password.pdf");
        qpdf("--encrypt", "secret", "owner-secret", "256", "--", SMALL_PDF.toString(), out.toString());
        return out;
    }

    /** Opens without a password; the owner password only forbids copying text, which a reader may ignore. */
    public static Path ownerPasswordOnly(Path dir) throws Exception {
        Path out = dir.resolve("owner-password.pdf");
        qpdf("--encrypt", "", "owner-secret", "256", "--extract=n", "--", SMALL_PDF.toString(), out.toString());
        return out;
    }

    /** Two pages of pictures and no text: a scan. */
    public static Path imageOnly(Path dir) throws IOException {
        Path out = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject img = LosslessFactory.createFromImage(doc, picture(400, 300));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(img, 50, 400, 400, 300);
                }
            }
            doc.save(out.toFile());
        }
        return out;
    }

    public static Path png(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        ImageIO.write(picture(60, 40), "png", out.toFile());
        return out;
    }

    public static Path zip(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.putNextEntry(new ZipEntry("bao-cao.txt"));
            z.write("Báo cáo tình hình kinh tế - xã hội".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out;
    }

    /**
     * The corpus DOCX with its body replaced by {@code megabytes} MB of one letter: a few KB on disk,
     * expanding a thousandfold.
     */
    public static Path docxZipBomb(Path dir, int megabytes) throws IOException {
        Path out = dir.resolve("zip-bomb.docx");
        try (ZipFile src = new ZipFile(DOCX.toFile());
             ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            z.setLevel(9);
            for (ZipEntry e : java.util.Collections.list(src.entries())) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                            + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] run = ("<w:p><w:r><w:t>" + "a".repeat(100_000) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < megabytes * 10; i++) {
                        z.write(run);
                    }
                    z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = src.getInputStream(e)) {
                        in.transferTo(z);
                    }
                }
                z.closeEntry();
            }
        }
        return out;
    }

    public static Path danglingLink(Path dir) throws IOException {
        return Files.createSymbolicLink(dir.resolve("moved-away.pdf"), dir.resolve("no-such-target.pdf"));
    }

    public static Path namedPipe(Path dir) throws Exception {
        Path out = dir.resolve("pipe.pdf");
        run("mkfifo", out.toString());
        return out;
    }

    /** {@code copies} copies of a PDF's pages in one PDF, with qpdf. */
    public static Path pages(Path dir, String name, Path source, int copies) throws Exception {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("--empty", "--pages"));
        for (int i = 0; i < copies; i++) {
            args.add(source.toString());
        }
        args.add("--");
        args.add(out.toString());
        qpdf(args.toArray(String[]::new));
        return out;
    }

    /**
     * A copy of a file with different bytes and the same content: a PDF comment after %%EOF. Another
     * document for the index, read exactly like the original.
     */
    public static Path variant(Path source, Path target, int n) throws IOException {
        Files.copy(source, target);
        if (source.toString().endsWith(".pdf")) {
            try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.APPEND)) {
                out.write(("%variant " + n + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        return target;
    }

    public static boolean hasQpdf() {
        try {
            return new ProcessBuilder("qpdf", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static void qpdf(String... args) throws Exception {
        assumeTrue(hasQpdf(), "qpdf is not installed (apt-get install qpdf; .ci/run installs it): test skipped");
        List<String> cmd = new ArrayList<>();
        cmd.add("qpdf");
        cmd.addAll(List.of(args));
        int code = run(cmd.toArray(String[]::new));
        if (code != 0 && code != 3) { // 3: done, with warnings
            throw new IOException(String.join(" ", cmd) + " exited with " + code);
        }
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " did not finish: " + out);
        }
        if (p.exitValue() != 0 && !cmd[0].equals("qpdf")) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return p.exitValue();
    }

    private static String latin1(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
    }

    private static BufferedImage picture(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.DARK_GRAY);
        for (int y = 10; y < h - 10; y += 12) {
            g.fillRect(10, y, w - 20 - (y * 7) % 40, 5); // lines of "text" as a scanner sees them
        }
        g.dispose();
        return img;
    }
}
