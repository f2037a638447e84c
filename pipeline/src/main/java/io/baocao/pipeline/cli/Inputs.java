package io.baocao.pipeline.cli;

import io.baocao.pipeline.batch.Reason;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the files and folders given on the command line into the entries to read, in a stable order.
 *
 * <ul>
 *   <li>A path given on the command line is taken as it is (a file, or a folder to walk, even through a
 *       link): the user named it. One that does not exist is listed, and the batch reports it.</li>
 *   <li>In a folder, hidden entries (names starting with {@code .}: {@code .git}, {@code .DS_Store}) are
 *       skipped, folders with all they hold.</li>
 *   <li>A symbolic link met in a folder is followed only when its target is inside one of the folders
 *       given (a link from {@code 2024/} to {@code shared/} beside it; a folder reached both directly and through
 *       links is listed once, where it is); one that leads elsewhere (to
 *       {@code /etc}, to a home folder) is reported as skipped, unless {@code --follow-links}. A broken
 *       link is listed, so that the batch reports it. A folder reached twice (a link loop) is walked once.</li>
 *   <li>A folder that cannot be listed (permission denied, a path longer than the system allows) is
 *       reported, and the rest is read.</li>
 *   <li>Anything else that is not a folder is listed, a pipe included, so that the batch reports it
 *       instead of passing it over in silence.</li>
 * </ul>
 */
final class Inputs {
    /** A path not read, and why: {@code failed} (could not be listed) or {@code skipped} (by the rules). */
    record Problem(Path path, String status, String reason) {
    }

    /** What a walk found: files to read, in order, and the paths not read. */
    record Listing(List<Path> files, List<Problem> problems) {
    }

    private Inputs() {
    }

    static Listing list(List<Path> given, boolean followLinks) {
        List<Path> roots = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try {
                    roots.add(p.toRealPath());
                } catch (IOException e) {
                    roots.add(p.toAbsolutePath().normalize());
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        Set<Path> walked = new HashSet<>();
        List<List<Path>> found = new ArrayList<>();
        // links to folders are walked after every folder given, so that a folder reached both directly
        // and through a link is listed where it is
        Deque<Link> links = new ArrayDeque<>();
        for (Path p : given) {
            List<Path> here = new ArrayList<>();
            found.add(here);
            if (Files.isDirectory(p)) {
                walk(p, p, roots, followLinks, walked, here, problems, links, found.size() - 1);
            } else {
                here.add(p);
            }
        }
        while (!links.isEmpty()) {
            Link l = links.removeFirst();
            walk(l.target(), l.shownAs(), roots, followLinks, walked, found.get(l.given()), problems, links, l.given());
        }
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            List<Path> here = found.get(i);
            if (Files.isDirectory(given.get(i))) {
                here.sort(null);
            }
            files.addAll(here);
        }
        return new Listing(files, problems);
    }

    private record Link(int given, Path shownAs, Path target) {
    }

    /** Walks {@code top} (a real folder), listing what it holds under {@code shownAs} (where the user sees it). */
    private static void walk(Path top, Path shownAs, List<Path> roots, boolean followLinks, Set<Path> walked,
                             List<Path> files, List<Problem> problems, Deque<Link> links, int given) {
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                private Path shown(Path p) {
                    return top.equals(shownAs) ? p : shownAs.resolve(top.relativize(p));
                }

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(top) && hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    try {
                        return walked.add(dir.toRealPath()) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                    } catch (IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (hidden(f)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (!attrs.isSymbolicLink()) {
                        files.add(shown(f));
                        return FileVisitResult.CONTINUE;
                    }
                    Path target;
                    try {
                        target = f.toRealPath();
                    } catch (IOException e) {
                        files.add(shown(f)); // broken, or a loop: the batch says which
                        return FileVisitResult.CONTINUE;
                    }
                    if (!followLinks && roots.stream().noneMatch(target::startsWith)) {
                        problems.add(new Problem(shown(f), "skipped", "symbolic link to " + target
                                + ", outside the folders given: not followed (--follow-links to follow it)"));
                    } else if (Files.isDirectory(target)) {
                        links.addLast(new Link(given, shown(f), target));
                    } else {
                        files.add(shown(f));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(new Problem(shown(f), "failed", listingReason(e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(new Problem(shown(dir), "failed", listingReason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(shownAs, "failed", listingReason(e)));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String listingReason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "folder not readable (permission denied): what it holds was not read";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null && fs.getReason().contains("too long")) {
            return "path too long for the system (" + fs.getReason() + "): what it holds was not read";
        }
        return "cannot list it: " + Reason.of(e).replaceFirst("^cannot read: ", "") + "; what it holds was not read";
    }
}
