package io.github.dockerdsl.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void a_changed_line_shows_as_one_hunk_with_three_lines_of_context() {
    String old = "a\nb\nc\nd\nEXPOSE 3000\ne\nf\ng\nh\n";
    String now = "a\nb\nc\nd\nEXPOSE 8080\ne\nf\ng\nh\n";
    assertThat(UnifiedDiff.of("Dockerfile", old, now)).isEqualTo("--- Dockerfile (on disk)\n+++ Dockerfile (generated)\n"
        + "@@ -2,7 +2,7 @@\n b\n c\n d\n-EXPOSE 3000\n+EXPOSE 8080\n e\n f\n g\n");
  }

  @Test
  void far_apart_changes_make_two_hunks_and_added_lines_count_right() {
    String old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
    String now = "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n";
    assertThat(UnifiedDiff.of("f", old, now)).isEqualTo("--- f (on disk)\n+++ f (generated)\n"
        + "@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n@@ -9,4 +10,3 @@\n 9\n 10\n 11\n-12\n");
  }

  @Test
  void equal_texts_have_no_diff_and_a_new_file_is_all_additions() {
    assertThat(UnifiedDiff.of("f", "a\n", "a\n")).isEmpty();
    assertThat(UnifiedDiff.of("f", "", "a\nb\n")).isEqualTo("--- f (on disk)\n+++ f (generated)\n@@ -0,0 +1,2 @@\n+a\n+b\n");
  }
}
