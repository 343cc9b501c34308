package dev.llrtj.loop.net;

/**
 * An address as Node prints it: IPv6 in its shortest form (RFC 5952: the longest run of zero groups as "::"),
 * where the JDK prints all eight groups ("0:0:0:0:0:0:0:1" is Node's "::1"). IPv4 and names pass unchanged.
 */
public final class AddressText {
    private AddressText() {}

    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0 || address.contains("::")) {
            return address;
        }
        int percent = address.indexOf('%');
        String zone = percent >= 0 ? address.substring(percent) : "";
        String[] groups = (percent >= 0 ? address.substring(0, percent) : address).split(":");
        if (groups.length != 8) {
            return address;
        }
        int bestStart = -1;
        int bestLength = 1; // a single zero group stays "0"
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && groups[j].replaceFirst("^0+", "").isEmpty()) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(java.util.Locale.ROOT));
            if (i < 7) {
                out.append(':');
            }
        }
        return out + zone;
    }
}
