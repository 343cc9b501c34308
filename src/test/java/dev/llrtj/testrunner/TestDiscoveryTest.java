package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestDiscoveryTest {
    @TempDir
    Path dir;

    private void touch(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "test('x', () => {});\n");
    }

    private List<String> found(List<String> filters) {
        return TestDiscovery.find(dir, filters).stream().map(p -> dir.relativize(p).toString()).toList();
    }

    @Test
    void findsTestFilesOfEveryExtensionSortedAndSkipsNodeModulesAndDotFolders() throws IOException {
        for (String f : List.of("b.test.js", "a/c.test.mjs", "a/d.test.cjs", "e.test.ts", "f.test.mts", "g.spec.js",
                "h.test.jsx", "test.js", "node_modules/pkg/i.test.js", ".cache/j.test.js", "a/.hidden/k.test.js")) {
            touch(f);
        }
        assertEquals(List.of("a/c.test.mjs", "a/d.test.cjs", "b.test.js", "e.test.ts", "f.test.mts", "g.spec.js"),
                found(List.of()));
    }

    @Test
    void findsSpecFilesAndEveryScriptUnderTestsFoldersAsJestsDefaultTestMatchDoes() throws IOException {
        for (String f : List.of("src/__tests__/cart.js", "src/__tests__/deep/util.ts", "src/__tests__/types.d.ts",
                "src/__tests__/data.json", "src/cart.spec.ts", "src/cart.ts", "lib/x.spec.cjs")) {
            touch(f);
        }
        assertEquals(List.of("lib/x.spec.cjs", "src/__tests__/cart.js", "src/__tests__/deep/util.ts", "src/cart.spec.ts"),
                found(List.of()));
    }

    @Test
    void aRootThatIsASymbolicLinkIsWalkedWhereItPointsAndItsFilesNamedUnderTheLink() throws IOException {
        touch("real/a.test.js");
        touch("real/sub/b.test.js");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        assertEquals(List.of(link.resolve("a.test.js"), link.resolve("sub/b.test.js")), TestDiscovery.find(link, List.of()),
                "found nothing before: the link itself was the only entry visited");
    }

    @Test
    void filtersBySubstringOfTheRelativePath() throws IOException {
        touch("api/users.test.js");
        touch("api/orders.test.js");
        touch("ui/users.test.js");
        assertEquals(List.of("api/users.test.js", "ui/users.test.js"), found(List.of("users")));
        assertEquals(List.of("api/orders.test.js", "ui/users.test.js"), found(List.of("orders", "ui/")));
        assertEquals(List.of(), found(List.of("nothing")));
    }
}
