/** The linter: the policy's rules over parsed Dockerfiles, with findings by line and column and inline waivers. */
package io.github.dockerdsl.lint;
