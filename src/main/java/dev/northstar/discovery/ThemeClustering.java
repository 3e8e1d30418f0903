package dev.northstar.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Groups unit vectors into themes: spherical k-means (cosine) with k-means++ seeding, a fixed
 * seed so the same notes always give the same themes, then clusters that turn out to say the
 * same thing are joined and stray singletons go to their nearest theme. Large inboxes are fitted
 * on a sample and every note is then assigned to its nearest centre, which keeps 100k notes to a
 * few seconds.
 */
final class ThemeClustering {

    /** Clusters listed biggest first; {@code members[c]} are indexes into the input. */
    record Result(List<Cluster> clusters) {}

    record Cluster(int[] members, double[] similarity, float[] centroid) {
        int size() {
            return members.length;
        }
    }

    static final int MAX_K = 40;
    static final int SAMPLE = 10_000;
    static final int ITERATIONS = 30;
    /** Two clusters whose members are, on average, nearly as alike across as within are one theme. */
    static final double JOIN_RATIO = 0.85;

    private ThemeClustering() {}

    /** How many centres to start from: over-split on purpose, joining fixes it afterwards. */
    static int initialK(int n) {
        if (n < 2) {
            return 1;
        }
        return Math.max(2, Math.min(MAX_K, Math.min(n / 2, (int) Math.ceil(Math.sqrt(n)) + 1)));
    }

    static Result cluster(float[][] vectors, long seed) {
        int n = vectors.length;
        if (n == 0) {
            return new Result(List.of());
        }
        int dim = vectors[0].length;
        Random random = new Random(seed);
        float[][] fit = sample(vectors, random);
        int k = initialK(n);
        float[][] centres = null;
        double best = -Double.MAX_VALUE;
        // k-means finds a local optimum; a few seeded restarts and the tightest result make it much less a matter of
        // luck
        int restarts = fit.length <= 2_000 ? 8 : 2;
        for (int r = 0; r < restarts; r++) {
            float[][] c = lloyd(fit, seed(fit, k, random), ITERATIONS);
            double objective = objective(fit, c);
            if (objective > best) {
                best = objective;
                centres = c;
            }
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        assign(vectors, centres, assign, null);
        List<List<Integer>> groups = groups(assign, centres.length);
        groups = join(vectors, groups, dim);
        groups = foldSingletons(vectors, groups, dim);
        groups = refine(vectors, groups, dim);
        List<Cluster> clusters = new ArrayList<>();
        for (List<Integer> g : groups) {
            float[] centre = Vectors.normalize(sum(vectors, g, dim));
            int[] members = g.stream().mapToInt(Integer::intValue).toArray();
            double[] sim = new double[members.length];
            for (int i = 0; i < members.length; i++) {
                sim[i] = Vectors.dot(vectors[members[i]], centre);
            }
            clusters.add(new Cluster(members, sim, centre));
        }
        clusters.sort(Comparator.comparingInt(Cluster::size).reversed().thenComparingInt(c -> c.members()[0]));
        return new Result(List.copyOf(clusters));
    }

    private static float[][] lloyd(float[][] points, float[][] centres, int iterations) {
        int[] assign = new int[points.length];
        Arrays.fill(assign, -1);
        for (int iter = 0; iter < iterations; iter++) {
            boolean moved = assign(points, centres, assign, null);
            centres = means(points, assign, centres.length, points[0].length, centres);
            if (!moved) {
                break;
            }
        }
        return centres;
    }

    /** Sum over points of the similarity to their nearest centre: higher is tighter. */
    private static double objective(float[][] points, float[][] centres) {
        double[] best = new double[points.length];
        int[] assign = new int[points.length];
        assign(points, centres, assign, best);
        double sum = 0;
        for (double b : best) {
            sum += b;
        }
        return sum;
    }

    /** After joining, a few rounds of moving each note to its nearest theme centre, keeping the number of themes. */
    private static List<List<Integer>> refine(float[][] vectors, List<List<Integer>> groups, int dim) {
        if (groups.size() < 2) {
            return groups;
        }
        float[][] centres = groups.stream()
                .map(g -> Vectors.normalize(sum(vectors, g, dim)))
                .toArray(float[][]::new);
        int[] assign = new int[vectors.length];
        for (int c = 0; c < groups.size(); c++) {
            for (int i : groups.get(c)) {
                assign[i] = c;
            }
        }
        for (int iter = 0; iter < 5; iter++) {
            int[] before = assign.clone();
            assign(vectors, centres, assign, null);
            if (Arrays.equals(before, assign)) {
                break;
            }
            List<List<Integer>> next = groups(assign, centres.length);
            if (next.size() < centres.length || next.stream().anyMatch(g -> g.size() < 2)) {
                // a theme would empty out or shrink to one note: keep the last stable grouping
                return groups(before, centres.length);
            }
            centres = next.stream()
                    .map(g -> Vectors.normalize(sum(vectors, g, dim)))
                    .toArray(float[][]::new);
            for (int c = 0; c < next.size(); c++) {
                for (int i : next.get(c)) {
                    assign[i] = c;
                }
            }
        }
        return groups(assign, centres.length);
    }

    private static float[][] sample(float[][] vectors, Random random) {
        if (vectors.length <= SAMPLE) {
            return vectors;
        }
        int[] idx = new int[vectors.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        float[][] out = new float[SAMPLE][];
        for (int i = 0; i < SAMPLE; i++) {
            int j = i + random.nextInt(idx.length - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
            out[i] = vectors[idx[i]];
        }
        return out;
    }

    /** k-means++: each next centre is drawn with probability growing with its distance to the nearest centre so far. */
    private static float[][] seed(float[][] points, int k, Random random) {
        int n = points.length;
        k = Math.min(k, n);
        float[][] centres = new float[k][];
        centres[0] = points[random.nextInt(n)].clone();
        double[] d = new double[n];
        Arrays.fill(d, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double dist = Math.max(0, 1 - Vectors.dot(points[i], centres[c - 1]));
                d[i] = Math.min(d[i], dist * dist);
                total += d[i];
            }
            int pick;
            if (total <= 0) {
                pick = random.nextInt(n);
            } else {
                double r = random.nextDouble() * total;
                pick = n - 1;
                for (int i = 0; i < n; i++) {
                    r -= d[i];
                    if (r <= 0) {
                        pick = i;
                        break;
                    }
                }
            }
            centres[c] = points[pick].clone();
        }
        return centres;
    }

    private static boolean assign(float[][] points, float[][] centres, int[] assign, double[] best) {
        boolean moved = false;
        for (int i = 0; i < points.length; i++) {
            int arg = 0;
            float max = -Float.MAX_VALUE;
            for (int c = 0; c < centres.length; c++) {
                float s = Vectors.dot(points[i], centres[c]);
                if (s > max) {
                    max = s;
                    arg = c;
                }
            }
            if (assign[i] != arg) {
                assign[i] = arg;
                moved = true;
            }
            if (best != null) {
                best[i] = max;
            }
        }
        return moved;
    }

    /** New normalised centres; an emptied centre is moved to the point its old cluster fits worst. */
    private static float[][] means(float[][] points, int[] assign, int k, int dim, float[][] old) {
        float[][] sums = new float[k][dim];
        int[] counts = new int[k];
        for (int i = 0; i < points.length; i++) {
            float[] s = sums[assign[i]];
            float[] p = points[i];
            for (int j = 0; j < dim; j++) {
                s[j] += p[j];
            }
            counts[assign[i]]++;
        }
        boolean[] taken = new boolean[points.length];
        for (int c = 0; c < k; c++) {
            if (counts[c] == 0) {
                int worst = -1;
                float worstSim = Float.MAX_VALUE;
                for (int i = 0; i < points.length; i++) {
                    float s = Vectors.dot(points[i], old[assign[i]]);
                    if (!taken[i] && s < worstSim) {
                        worstSim = s;
                        worst = i;
                    }
                }
                if (worst >= 0) {
                    taken[worst] = true;
                    sums[c] = points[worst].clone();
                }
            }
            Vectors.normalize(sums[c]);
        }
        return sums;
    }

    private static List<List<Integer>> groups(int[] assign, int k) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < assign.length; i++) {
            groups.get(assign[i]).add(i);
        }
        groups.removeIf(List::isEmpty);
        return groups;
    }

    private static float[] sum(float[][] vectors, List<Integer> members, int dim) {
        float[] s = new float[dim];
        for (int i : members) {
            float[] v = vectors[i];
            for (int j = 0; j < dim; j++) {
                s[j] += v[j];
            }
        }
        return s;
    }

    private static float[] mean(float[][] vectors, List<Integer> members, int dim) {
        float[] s = sum(vectors, members, dim);
        for (int j = 0; j < dim; j++) {
            s[j] /= members.size();
        }
        return s;
    }

    /**
     * Average-linkage joining: with unnormalised means, {@code mean(A)·mean(B)} is the average
     * similarity of a note in A to a note in B, and {@code |mean(A)|²} roughly the average within A.
     * Two clusters are joined while their cross similarity is close to the looser one's own.
     */
    static List<List<Integer>> join(float[][] vectors, List<List<Integer>> groups, int dim) {
        List<List<Integer>> out = new ArrayList<>();
        List<float[]> means = new ArrayList<>();
        for (List<Integer> g : groups) {
            out.add(new ArrayList<>(g));
            means.add(mean(vectors, g, dim));
        }
        while (out.size() > 1) {
            int bestA = -1;
            int bestB = -1;
            double bestRatio = 0;
            for (int a = 0; a < out.size(); a++) {
                for (int b = a + 1; b < out.size(); b++) {
                    double cross = Vectors.dot(means.get(a), means.get(b));
                    double within = Math.min(
                            cohesion(means.get(a), out.get(a).size()),
                            cohesion(means.get(b), out.get(b).size()));
                    double ratio = within <= 0 ? 0 : cross / within;
                    if (ratio > bestRatio) {
                        bestRatio = ratio;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestRatio < JOIN_RATIO) {
                break;
            }
            out.get(bestA).addAll(out.get(bestB));
            out.get(bestA).sort(null);
            out.remove(bestB);
            means.remove(bestB);
            means.set(bestA, mean(vectors, out.get(bestA), dim));
        }
        return out;
    }

    /** Average pairwise similarity inside a cluster, leaving out each note's similarity to itself. */
    private static double cohesion(float[] mean, int size) {
        if (size < 2) {
            return 1;
        }
        double sq = Vectors.dot(mean, mean);
        return (sq * size * size - size) / ((double) size * (size - 1));
    }

    /** A theme of one note is no theme: when others exist, a lone note joins the theme nearest to it. */
    private static List<List<Integer>> foldSingletons(float[][] vectors, List<List<Integer>> groups, int dim) {
        if (vectors.length < 4) {
            return groups;
        }
        List<List<Integer>> keep = new ArrayList<>();
        List<Integer> strays = new ArrayList<>();
        for (List<Integer> g : groups) {
            if (g.size() >= 2) {
                keep.add(g);
            } else {
                strays.addAll(g);
            }
        }
        if (keep.isEmpty()) {
            return groups;
        }
        List<float[]> centres =
                keep.stream().map(g -> Vectors.normalize(sum(vectors, g, dim))).toList();
        for (int i : strays) {
            int best = 0;
            float max = -Float.MAX_VALUE;
            for (int c = 0; c < centres.size(); c++) {
                float s = Vectors.dot(vectors[i], centres.get(c));
                if (s > max) {
                    max = s;
                    best = c;
                }
            }
            keep.get(best).add(i);
        }
        keep.forEach(g -> g.sort(null));
        return keep;
    }
}
