/** Rules, policies, suppressions and findings: good practice enforced when a Dockerfile is built. */
package io.github.dockerdsl.rule;
