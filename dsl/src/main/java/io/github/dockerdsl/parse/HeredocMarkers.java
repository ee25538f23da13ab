package io.github.dockerdsl.parse;

import io.github.dockerdsl.internal.BuildKitLexer;
import java.util.List;

/** Which heredocs on an instruction line have a body after it, in order, as BuildKit finds them. */
final class HeredocMarkers {
  private HeredocMarkers() {}

  /**
   * The heredocs whose bodies follow the instruction whose keyword is at {@code keywordAt}, as
   * BuildKit's parser finds them: on a RUN, COPY or ADD line (also as an ONBUILD trigger) that is not
   * in exec form, in the words of the whole line. None where the line does not lex (an unbalanced
   * quote): BuildKit then reads the following lines as instructions. {@code owner} and
   * {@code ownerKeyword} are {@link #owner}'s answer and the keyword there, which the caller has.
   *
   * @throws BuildKitLexer.LexException where BuildKit refuses the file because of a heredoc word
   */
  static List<BuildKitLexer.FoundHeredoc> of(Logical ll, int keywordAt, int owner, String ownerKeyword, char escape)
      throws BuildKitLexer.LexException {
    String text = ll.text();
    String keyword = SyntaxReader.upper(ownerKeyword);
    if (!keyword.equals("RUN") && !keyword.equals("COPY") && !keyword.equals("ADD")) {
      return List.of();
    }
    int at = ll.flags(Lexing.skipSpaces(text, owner + keyword.length()), escape).restOffset();
    if (at < text.length() && text.charAt(at) == '['
        && (Lexing.jsonArray(text, at) != null || Lexing.isJsonArrayOfValues(text, at))) {
      return List.of();
    }
    // the line is copied out for the lexer only when it can hold a heredoc
    return text.indexOf("<<", keywordAt) >= 0 ? BuildKitLexer.heredocs(text.substring(keywordAt)) : List.of();
  }

  /**
   * A cheap first test for {@code equalsIgnoreCase("ONBUILD")}: of ASCII, only 'o' and 'O' equal 'O'
   * ignoring case (other characters take the full test). Spares the case-blind comparison of every
   * seven-letter keyword (WORKDIR).
   */
  private static boolean mayBeOnBuild(String keyword) {
    if (keyword.length() != 7) {
      return false;
    }
    char c = keyword.charAt(0);
    return c == 'o' || c == 'O' || c >= 0x80;
  }

  /**
   * Where the keyword of the instruction that owns the heredocs is: the trigger's, for ONBUILD.
   * {@code keyword} is the word at {@code keywordAt}.
   */
  static int owner(Logical ll, int keywordAt, String keyword, char escape) {
    String text = ll.text();
    if (!mayBeOnBuild(keyword) || !keyword.equalsIgnoreCase("ONBUILD")) {
      return keywordAt;
    }
    int at = ll.flags(Lexing.skipSpaces(text, keywordAt + keyword.length()), escape).restOffset();
    return at < text.length() ? owner(ll, at, SyntaxReader.keywordAt(text, at), escape) : keywordAt;
  }
}
