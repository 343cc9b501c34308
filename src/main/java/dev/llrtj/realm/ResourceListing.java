package dev.llrtj.realm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The resources under a folder of the class path, from jars and from class directories alike (image build only). */
final class ResourceListing {
    private ResourceListing() {}

    static List<String> under(ClassLoader loader, String folder, String suffix) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        Enumeration<URL> roots = loader.getResources(folder);
        while (roots.hasMoreElements()) {
            URL root = roots.nextElement();
            if ("jar".equals(root.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(folder) && n.endsWith(suffix)).forEach(names::add);
                }
            } else if ("file".equals(root.getProtocol())) {
                Path dir = toPath(root);
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(Files::isRegularFile).map(f -> folder + dir.relativize(f).toString().replace('\\', '/'))
                            .filter(n -> n.endsWith(suffix)).forEach(names::add);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("not a file URL: " + url, e));
        }
    }
}
