package dev.llrtj.modules.dns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** getnameinfo's service name for a TCP port: the first /etc/services entry for port/tcp, else the port's digits. */
final class ServiceNames {
    private ServiceNames() {}

    static String of(int port) {
        String wanted = port + "/tcp";
        try {
            for (String line : Files.readAllLines(Path.of("/etc/services"))) {
                int hash = line.indexOf('#');
                String[] words = (hash >= 0 ? line.substring(0, hash) : line).trim().split("\\s+");
                if (words.length >= 2 && words[1].equals(wanted)) {
                    return words[0];
                }
            }
        } catch (IOException e) {
            // no services file (a slim image): the number, as getnameinfo answers then
        }
        return Integer.toString(port);
    }
}
