package dev.northstar.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThemeClusteringTests {

    /** {@code perGroup} unit vectors around each of the first {@code groups} axes of a 16-dimensional space. */
    static float[][] blobs(int groups, int perGroup, double noise, long seed) {
        Random r = new Random(seed);
        float[][] out = new float[groups * perGroup][];
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < perGroup; i++) {
                float[] v = new float[16];
                v[g] = 1;
                for (int j = 0; j < v.length; j++) {
                    v[j] += (float) (r.nextGaussian() * noise);
                }
                out[g * perGroup + i] = Vectors.normalize(v);
            }
        }
        return out;
    }

    static Set<Set<Integer>> partition(ThemeClustering.Result result) {
        return result.clusters().stream()
                .map(c -> Arrays.stream(c.members()).boxed().collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void findsClearGroupsWhateverTheStartingNumberOfCentres() {
        float[][] v = blobs(3, 6, 0.15, 1);
        ThemeClustering.Result result = ThemeClustering.cluster(v, 42);
        assertThat(partition(result))
                .containsExactlyInAnyOrder(
                        IntStream.range(0, 6).boxed().collect(Collectors.toSet()),
                        IntStream.range(6, 12).boxed().collect(Collectors.toSet()),
                        IntStream.range(12, 18).boxed().collect(Collectors.toSet()));
        assertThat(ThemeClustering.initialK(v.length)).isGreaterThan(3);
    }

    @Test
    void listsClustersBiggestFirstAndPlacesEveryNoteOnce() {
        float[][] big = blobs(1, 12, 0.1, 2);
        float[][] small = blobs(2, 4, 0.1, 3);
        float[][] v = new float[big.length + 4][];
        System.arraycopy(big, 0, v, 0, big.length);
        System.arraycopy(small, 4, v, big.length, 4); // the second group of "small" lies on another axis
        ThemeClustering.Result result = ThemeClustering.cluster(v, 7);
        List<Integer> sizes =
                result.clusters().stream().map(ThemeClustering.Cluster::size).toList();
        assertThat(sizes).isSortedAccordingTo((a, b) -> b - a);
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(v.length);
        Set<Integer> seen = new HashSet<>();
        result.clusters()
                .forEach(c -> Arrays.stream(c.members())
                        .forEach(m -> assertThat(seen.add(m)).isTrue()));
        assertThat(sizes.getFirst()).isEqualTo(12);
    }

    @Test
    void sameInputAndSeedGiveTheSameThemes() {
        float[][] v = blobs(4, 10, 0.4, 5);
        assertThat(partition(ThemeClustering.cluster(v, 99))).isEqualTo(partition(ThemeClustering.cluster(v, 99)));
    }

    @Test
    void aLoneOddNoteJoinsItsNearestThemeInsteadOfStandingAlone() {
        float[][] groups = blobs(2, 5, 0.1, 11);
        float[][] v = Arrays.copyOf(groups, 11);
        float[] odd = new float[16];
        odd[0] = 0.5f;
        odd[9] = 1f;
        v[10] = Vectors.normalize(odd);
        ThemeClustering.Result result = ThemeClustering.cluster(v, 3);
        assertThat(result.clusters()).allSatisfy(c -> assertThat(c.size()).isGreaterThanOrEqualTo(2));
        assertThat(partition(result)).contains(Set.of(0, 1, 2, 3, 4, 10));
    }

    @Test
    void reportsEachNotesSimilarityToItsThemeCentre() {
        float[][] v = blobs(2, 5, 0.05, 13);
        ThemeClustering.Result result = ThemeClustering.cluster(v, 1);
        for (ThemeClustering.Cluster c : result.clusters()) {
            assertThat(Vectors.dot(c.centroid(), c.centroid()))
                    .isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
            assertThat(Arrays.stream(c.similarity()).boxed().toList())
                    .allSatisfy(s -> assertThat(s).isBetween(0.9, 1.0001));
        }
    }

    @Test
    void copesWithTinyInputs() {
        assertThat(ThemeClustering.cluster(new float[0][], 1).clusters()).isEmpty();
        float[][] one = blobs(1, 1, 0, 1);
        assertThat(ThemeClustering.cluster(one, 1).clusters())
                .singleElement()
                .extracting(ThemeClustering.Cluster::size)
                .isEqualTo(1);
        float[][] same = {one[0], one[0].clone(), one[0].clone()};
        assertThat(ThemeClustering.cluster(same, 1).clusters().stream()
                        .mapToInt(ThemeClustering.Cluster::size)
                        .sum())
                .isEqualTo(3);
    }
}
