import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median and range of a handful of samples, and how the table prints them. */
final class Stats {
    private Stats() {}

    static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** "median (min..max)", with as many decimals as the figure's size deserves. */
    static String summary(List<Double> samples) {
        if (samples.isEmpty()) {
            return "-";
        }
        return format(median(samples)) + " (" + format(Collections.min(samples)) + ".." + format(Collections.max(samples)) + ")";
    }

    static String ratio(List<Double> llrt, List<Double> node) {
        if (llrt.isEmpty() || node.isEmpty()) {
            return "-";
        }
        return String.format("%.2f", median(llrt) / median(node));
    }

    static String format(double value) {
        if (value >= 100) {
            return String.format("%.0f", value);
        }
        return value >= 10 ? String.format("%.1f", value) : String.format("%.2f", value);
    }
}
