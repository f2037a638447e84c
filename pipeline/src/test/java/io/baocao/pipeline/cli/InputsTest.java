package io.baocao.pipeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a walk of the folders given lists, skips and reports. */
class InputsTest {
    @TempDir
    Path dir;

    @Test
    void hiddenFoldersAndFilesAreSkippedWithAllTheyHold() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        Path a = Files.writeString(root.resolve("a.pdf"), "x");
        Files.writeString(Files.createDirectories(root.resolve(".git/objects")).resolve("b.pdf"), "x");
        Files.writeString(root.resolve(".~lock.a.docx#"), "x");
        Path c = Files.writeString(Files.createDirectories(root.resolve("2024")).resolve("c.pdf"), "x");
        Inputs.Listing l = Inputs.list(List.of(root), false);
        assertEquals(List.of(root.resolve("2024/c.pdf"), a), l.files());
        assertTrue(l.problems().isEmpty());
        // a hidden folder named on the command line is the user's choice
        assertEquals(List.of(root.resolve(".git/objects/b.pdf")), Inputs.list(List.of(root.resolve(".git")), false).files());
        assertEquals(c, root.resolve("2024/c.pdf"));
    }

    @Test
    void linksAreFollowedInsideTheFoldersGivenOnlyUnlessAsked() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        Path shared = Files.createDirectories(root.resolve("shared"));
        Files.writeString(shared.resolve("s.pdf"), "x");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "x");
        Files.createSymbolicLink(root.resolve("a-link-to-shared"), shared); // listed once, where it is
        Path elsewhere = Files.createDirectories(dir.resolve("more"));
        Files.writeString(elsewhere.resolve("m.pdf"), "x");
        Files.createSymbolicLink(root.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(root.resolve("to-outside"), outside);
        Files.createSymbolicLink(shared.resolve("loop"), root); // a loop back up: walked once
        Files.createSymbolicLink(root.resolve("to-more"), elsewhere); // inside the second folder given
        Inputs.Listing l = Inputs.list(List.of(root, elsewhere), false);
        assertEquals(List.of(root.resolve("shared/s.pdf"), elsewhere.resolve("m.pdf")), l.files());
        Inputs.Listing justRoot = Inputs.list(List.of(root), false);
        assertEquals(List.of(root.resolve("shared/s.pdf")), justRoot.files());
        assertEquals(3, justRoot.problems().size(), justRoot.problems().toString());
        assertEquals(2, l.problems().size(), l.problems().toString());
        for (Inputs.Problem p : l.problems()) {
            assertEquals("skipped", p.status());
            assertTrue(p.reason().contains("outside the folders given: not followed (--follow-links to follow it)"), p.reason());
        }
        assertTrue(l.problems().stream().anyMatch(p -> p.reason().startsWith("symbolic link to /etc/passwd")));
        Inputs.Listing followed = Inputs.list(List.of(root), true);
        assertTrue(followed.files().contains(root.resolve("passwd")));
        assertTrue(followed.files().contains(root.resolve("to-outside/secret.txt")));
        assertTrue(followed.problems().isEmpty());
    }

    @Test
    void aPathTooLongForTheSystemIsReportedAndTheRestListed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(root.resolve("a.pdf"), "x");
        String name = "d".repeat(200);
        // built with relative steps: no single call is given the whole path, which the system would refuse
        Process p = new ProcessBuilder("bash", "-c", "cd \"$0\" && for i in $(seq 1 25); do mkdir " + name + " && cd " + name
                + "; done && echo x > deep.pdf", root.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Inputs.Listing l = Inputs.list(List.of(root), false);
        assertEquals(List.of(root.resolve("a.pdf")), l.files());
        assertEquals(1, l.problems().size(), l.problems().toString());
        assertEquals("failed", l.problems().get(0).status());
        assertTrue(l.problems().get(0).reason().startsWith("path too long for the system"), l.problems().get(0).reason());
        new ProcessBuilder("rm", "-rf", root.resolve(name).toString()).start().waitFor();
    }

    @Test
    void anUnreadableFolderIsReportedAndTheRestListed() throws Exception {
        Path root = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(root.resolve("a.pdf"), "x");
        Path locked = Files.createDirectories(root.resolve("locked"));
        Files.writeString(locked.resolve("b.pdf"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "root reads every folder: permissions cannot be tested as root");
            Inputs.Listing l = Inputs.list(List.of(root), false);
            assertEquals(List.of(root.resolve("a.pdf")), l.files());
            assertEquals(List.of(new Inputs.Problem(locked, "failed",
                    "folder not readable (permission denied): what it holds was not read")), l.problems());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void controlCharactersInNamesAreShownEscaped() {
        assertEquals("a\\nbaocao: fake line.pdf", Names.printable("a\nbaocao: fake line.pdf"));
        assertEquals("x\\x1b[2Jy\\t\\u202efdp.exe", Names.printable("x\u001b[2Jy\t\u202efdp.exe"));
        assertEquals("Báo cáo 2024.pdf", Names.printable("Báo cáo 2024.pdf"));
    }
}
