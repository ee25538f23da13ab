package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.rule.RuleContext;

/**
 * Fix texts in the terms of the input: Java calls for Dockerfiles built in code, Dockerfile text for
 * files the linter parsed, where a {@code .user("10001")} means nothing to the reader.
 */
final class Fixes {
  private Fixes() {}

  /** {@code java} for a Dockerfile built in code, {@code dockerfile} for a parsed one. */
  static String pick(RuleContext context, String java, String dockerfile) {
    return context.source().isPresent() ? dockerfile : java;
  }

  /** True when the Dockerfile was parsed from text, so fixes are said in Dockerfile terms. */
  static boolean isText(RuleContext context) {
    return context.source().isPresent();
  }
}
