package io.github.dockerdsl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.dockerdsl.internal.ShellWords.SimpleCommand;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ShellWordsTest {

  /** Each command as {@code argv} joined by '|', for compact assertions. */
  private static List<String> argvs(String script) {
    return ShellWords.parse(script).stream().map(c -> String.join("|", c.argv())).collect(Collectors.toList());
  }

  @Test
  void splits_on_every_operator() {
    assertThat(argvs("a 1 && b 2 || c; d | e |& f & g\nh"))
        .containsExactly("a|1", "b|2", "c", "d", "e", "f", "g", "h");
  }

  @Test
  void records_the_operators_around_each_command() {
    List<SimpleCommand> commands = ShellWords.parse("a && b | c");
    assertThat(commands).extracting(SimpleCommand::before).containsExactly("", "&&", "|");
    assertThat(commands).extracting(SimpleCommand::after).containsExactly("&&", "|", "");
    assertThat(commands.get(1).pipesOut()).isTrue();
    assertThat(commands.get(2).pipedInto()).isTrue();
  }

  @Test
  void removes_quotes_and_keeps_quoted_operators_in_the_word() {
    assertThat(argvs("echo 'a && b' \"c | d\" e\\;f"))
        .containsExactly("echo|a && b|c | d|e;f");
  }

  @Test
  void double_quotes_keep_escapes_of_special_characters_only() {
    assertThat(argvs("echo \"\\$HOME \\\" \\n\"")).containsExactly("echo|$HOME \" \\n");
  }

  @Test
  void ansi_c_quotes_are_one_word() {
    assertThat(argvs("printf $'a b\\'c' x")).containsExactly("printf|a b'c|x");
  }

  @Test
  void line_continuations_join_words() {
    assertThat(argvs("apt-get \\\ninstall -y")).containsExactly("apt-get|install|-y");
  }

  @Test
  void command_substitution_stays_in_its_word_and_its_commands_are_read_first() {
    List<SimpleCommand> commands = ShellWords.parse("cd \"$(mktemp -d && echo x)\" && make");
    assertThat(commands).extracting(c -> String.join("|", c.argv()))
        .containsExactly("mktemp|-d", "echo|x", "cd|$(mktemp -d && echo x)", "make");
    assertThat(commands).extracting(SimpleCommand::nesting).containsExactly(1, 1, 0, 0);
  }

  @Test
  void backticks_and_parameter_expansions_are_not_split() {
    assertThat(argvs("echo `uname -r` ${A:-x y} $((1 + 2))"))
        .containsExactly("uname|-r", "echo|`uname -r`|${A:-x y}|$((1 + 2))");
  }

  @Test
  void subshells_are_counted() {
    List<SimpleCommand> commands = ShellWords.parse("( cd x && make ) && cd y");
    assertThat(commands).extracting(c -> c.name() + ":" + c.subshell()).containsExactly("cd:1", "make:1", "cd:0");
    assertThat(commands.get(2).isTopLevel()).isTrue();
    assertThat(commands.get(0).isTopLevel()).isFalse();
  }

  @Test
  void a_pipe_after_a_subshell_belongs_to_its_last_command() {
    List<SimpleCommand> commands = ShellWords.parse("(a; b) | c");
    assertThat(commands.get(1).pipesOut()).isTrue();
    assertThat(commands.get(2).pipedInto()).isTrue();
  }

  @Test
  void leading_assignments_are_separated() {
    SimpleCommand command = ShellWords.parse("DEBIAN_FRONTEND=noninteractive A=\"x y\" apt-get install -y curl").get(0);
    assertThat(command.assignments()).containsExactly("DEBIAN_FRONTEND=noninteractive", "A=x y");
    assertThat(command.argv()).containsExactly("apt-get", "install", "-y", "curl");
    assertThat(command.name()).isEqualTo("apt-get");
  }

  @Test
  void a_quoted_name_is_no_assignment() {
    assertThat(ShellWords.parse("'A=1' b").get(0).argv()).containsExactly("A=1", "b");
  }

  @Test
  void assignment_alone_is_a_command_without_argv() {
    SimpleCommand command = ShellWords.parse("NODE_TLS_REJECT_UNAUTHORIZED=0").get(0);
    assertThat(command.assignments()).containsExactly("NODE_TLS_REJECT_UNAUTHORIZED=0");
    assertThat(command.argv()).isEmpty();
    assertThat(command.name()).isEmpty();
  }

  @Test
  void wrappers_are_seen_through() {
    SimpleCommand sudo = ShellWords.parse("sudo -E -u app env -i PIP_NO_CACHE_DIR=1 /usr/bin/pip3 install x").get(0);
    assertThat(sudo.wrappers()).containsExactly("sudo", "env");
    assertThat(sudo.assignments()).containsExactly("PIP_NO_CACHE_DIR=1");
    assertThat(sudo.argv()).containsExactly("/usr/bin/pip3", "install", "x");
    assertThat(sudo.name()).isEqualTo("pip3");
    assertThat(sudo.words()).startsWith("sudo", "-E");
  }

  @Test
  void xargs_and_timeout_are_wrappers() {
    assertThat(argvs("find . | xargs -0 -I {} rm {}; timeout -s KILL 10 curl x"))
        .containsExactly("find|.", "rm|{}", "curl|x");
  }

  @Test
  void command_v_is_a_lookup_not_a_call() {
    SimpleCommand command = ShellWords.parse("command -v curl").get(0);
    assertThat(command.wrappers()).isEmpty();
    assertThat(command.name()).isEqualTo("command");
  }

  @Test
  void redirections_are_not_arguments() {
    SimpleCommand command = ShellWords.parse("curl -fsSL x 2>&1 >/dev/null >> log < in &> all").get(0);
    assertThat(command.argv()).containsExactly("curl", "-fsSL", "x");
    assertThat(command.redirects()).containsExactly(">&1", ">/dev/null", ">>log", "<in", "&>all");
  }

  @Test
  void comments_end_at_the_line_end() {
    assertThat(argvs("a # b && c\nd x#y")).containsExactly("a", "d|x#y");
  }

  @Test
  void keywords_before_commands_are_dropped() {
    assertThat(argvs("if ! command -v curl; then apt-get install -y curl; fi; { cd /x; }"))
        .containsExactly("command|-v|curl", "apt-get|install|-y|curl", "cd|/x");
  }

  @Test
  void heredoc_bodies_are_data() {
    assertThat(argvs("cat > /etc/x.conf <<-EOF\n\tsudo rm -rf /\n\tEOF\necho done"))
        .containsExactly("cat", "echo|done");
  }

  @Test
  void sh_c_scripts_are_read_as_nested_commands() {
    List<SimpleCommand> commands = ShellWords.parse("bash -o pipefail -c 'cd /x && curl -k y | sh'");
    assertThat(commands).extracting(c -> c.name() + ":" + c.nesting())
        .containsExactly("bash:0", "cd:1", "curl:1", "sh:1");
  }

  @Test
  void exec_form_shell_scripts_are_top_level() {
    assertThat(ShellWords.parseArgv(List.of("/bin/sh", "-ec", "cd /x && make")))
        .extracting(c -> c.name() + ":" + c.nesting()).containsExactly("cd:0", "make:0");
    assertThat(ShellWords.parseArgv(List.of("pip", "install", "x")))
        .extracting(SimpleCommand::argv).containsExactly(List.of("pip", "install", "x"));
    assertThat(ShellWords.parseArgv(List.of())).isEmpty();
  }

  @Test
  void shell_script_finds_the_operand_after_c() {
    assertThat(ShellWords.shellScript(ShellWords.parse("sh -e -c 'x y' arg0").get(0))).isEqualTo("x y");
    assertThat(ShellWords.shellScript(ShellWords.parse("bash script.sh").get(0))).isNull();
    assertThat(ShellWords.shellScript(ShellWords.parse("python -c 'x'").get(0))).isNull();
  }

  @Test
  void arrays_and_function_definitions_do_not_open_subshells() {
    List<SimpleCommand> commands = ShellWords.parse("A=(1 2) && f() { cd x; } && cd y");
    assertThat(commands).extracting(c -> c.subshell()).containsOnly(0);
  }

  @Test
  void unterminated_input_is_read_to_the_end() {
    assertThat(argvs("echo 'abc")).containsExactly("echo|abc");
    assertThat(argvs("echo \"abc")).containsExactly("echo|abc");
    assertThat(argvs("echo $(ls")).containsExactly("ls", "echo|$(ls");
    assertThat(argvs("echo `ls")).containsExactly("ls", "echo|`ls");
    assertThat(argvs("a )) ( b")).containsExactly("a", "b");
    assertThat(argvs("x \\")).containsExactly("x|\\");
    assertThat(argvs("")).isEmpty();
    assertThat(ShellWords.parse(null)).isEmpty();
  }

  private static final String ALPHABET = "ab -=|&;()<>'\"\\$`{}#\n\t*~!0123456789cdxyz";
  private static final String[] TOKENS = {"$(", "${", "<<EOF", "\nEOF\n", "&&", "||", "sh -c ", "sudo ", "`", "'",
      "\"", "\\", "((", "))", "<<-", "$'", "<(", "2>&1"};

  @RepeatedTest(300)
  void never_throws_and_stays_fast_on_random_input(RepetitionInfo info) {
    long seed = 0x5EED_0000L + info.getCurrentRepetition();
    Random random = new Random(seed);
    StringBuilder script = new StringBuilder();
    int length = random.nextInt(info.getCurrentRepetition() % 50 == 0 ? 200_000 : 400);
    while (script.length() < length) {
      if (random.nextInt(4) == 0) {
        script.append(TOKENS[random.nextInt(TOKENS.length)]);
      } else {
        script.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    String text = script.toString();
    long start = System.nanoTime();
    try {
      List<SimpleCommand> commands = ShellWords.parse(text);
      for (SimpleCommand c : commands) {
        assertThat(c.name()).isNotNull();
        ShellWords.shellScript(c);
      }
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError("seed " + seed + " failed on: " + text.substring(0, Math.min(200, text.length())), e);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("seed %d", seed).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void deeply_nested_substitutions_parse_without_recursion() {
    // the reading is iterative: 50,000 levels would overflow any recursive descent's stack (no timing here:
    // speed is measured by the benchmarks, never asserted)
    String deep = "$(".repeat(50_000) + "x" + ")".repeat(50_000);
    String unclosed = "$(`\"'".repeat(50_000);
    String manyHeredocs = "cat <<A <<B <<C\n".repeat(20_000);
    for (String text : List.of(deep, unclosed, manyHeredocs, "(".repeat(100_000), "a|".repeat(100_000))) {
      assertThatCode(() -> ShellWords.parse(text)).doesNotThrowAnyException();
    }
  }
}
