package io.github.dockerdsl.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dockerdsl.Dockerfile;
import io.github.dockerdsl.Stage;
import io.github.dockerdsl.image.BaseImage;
import io.github.dockerdsl.image.ImageRef;
import io.github.dockerdsl.image.NamedContext;
import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.image.StageRef;
import io.github.dockerdsl.instruction.Add;
import io.github.dockerdsl.instruction.Arg;
import io.github.dockerdsl.instruction.Cmd;
import io.github.dockerdsl.instruction.Command;
import io.github.dockerdsl.instruction.Comment;
import io.github.dockerdsl.instruction.Copy;
import io.github.dockerdsl.instruction.Entrypoint;
import io.github.dockerdsl.instruction.Env;
import io.github.dockerdsl.instruction.Expose;
import io.github.dockerdsl.instruction.Healthcheck;
import io.github.dockerdsl.instruction.Heredoc;
import io.github.dockerdsl.instruction.Instruction;
import io.github.dockerdsl.instruction.KeyValue;
import io.github.dockerdsl.instruction.Label;
import io.github.dockerdsl.instruction.OnBuild;
import io.github.dockerdsl.instruction.Port;
import io.github.dockerdsl.instruction.Raw;
import io.github.dockerdsl.instruction.Run;
import io.github.dockerdsl.instruction.Shell;
import io.github.dockerdsl.instruction.StopSignal;
import io.github.dockerdsl.instruction.User;
import io.github.dockerdsl.instruction.Volume;
import io.github.dockerdsl.instruction.Workdir;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import io.github.dockerdsl.parse.DirectiveSource;
import io.github.dockerdsl.parse.InstructionSource;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.parse.SourceFlag;
import io.github.dockerdsl.parse.StageSource;
import io.github.dockerdsl.parse.SuppressionComment;
import io.github.dockerdsl.rule.Suppression;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The JSON form of a parsed Dockerfile that {@code dockerdsl parse --json} prints; the schema is
 * documented in {@code docs/parse-json-schema.md}. Every key of an object type is always present
 * (null when absent), in a fixed order, so tools can rely on it.
 */
final class ParseJson {
  /** Bumped on any incompatible change; adding a key is compatible. */
  static final int SCHEMA_VERSION = 1;

  private final ObjectMapper mapper = new ObjectMapper();

  /** The document for one parsed file. */
  ObjectNode toJson(String file, ParsedDockerfile parsed) {
    Dockerfile model = parsed.dockerfile();
    ObjectNode root = mapper.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("file", file);
    ArrayNode directives = root.putArray("directives");
    for (DirectiveSource d : parsed.facts().directives()) {
      ObjectNode node = directives.addObject();
      node.put("name", d.name());
      node.put("value", d.value());
      node.put("line", d.line());
    }
    ArrayNode preamble = root.putArray("preamble");
    for (int i = 0; i < model.preamble().size(); i++) {
      preamble.add(instruction(model.preamble().get(i), parsed.facts().preamble().get(i)));
    }
    ArrayNode stages = root.putArray("stages");
    for (int s = 0; s < model.stages().size(); s++) {
      stages.add(stage(s, model.stages().get(s), parsed.facts().stages().get(s)));
    }
    ArrayNode suppressions = root.putArray("suppressions");
    for (Suppression w : model.suppressions()) {
      suppression(suppressions.addObject(), w, null, parsed);
    }
    for (int s = 0; s < model.stages().size(); s++) {
      for (Suppression w : model.stages().get(s).suppressions()) {
        suppression(suppressions.addObject(), w, s, parsed);
      }
    }
    ArrayNode comments = root.putArray("suppressionComments");
    for (SuppressionComment c : parsed.suppressions()) {
      ObjectNode node = comments.addObject();
      node.put("syntax", lower(c.syntax().name()));
      node.put("ruleId", c.ruleId());
      put(node, "reason", c.reason());
      node.put("line", c.line());
      node.put("fileWide", c.fileWide());
      if (c.target().isPresent()) {
        node.put("targetLine", c.target().get().line());
      } else {
        node.putNull("targetLine");
      }
    }
    return root;
  }

  private void suppression(ObjectNode node, Suppression waiver, Integer stage, ParsedDockerfile parsed) {
    node.put("ruleId", waiver.rule().code());
    node.put("ruleName", waiver.rule().name());
    node.put("reason", waiver.reason());
    Suppression.Scope scope = waiver.scope();
    if (scope instanceof Suppression.AtInstruction at) {
      node.put("scope", "instruction");
      node.put("stage", stage);
      node.put("targetLine", parsed.facts().at(stage, at.index()).line());
    } else {
      node.put("scope", scope instanceof Suppression.WholeStage ? "stage" : "file");
      if (stage == null) {
        node.putNull("stage");
      } else {
        node.put("stage", stage);
      }
      node.putNull("targetLine");
    }
  }

  private ObjectNode stage(int index, Stage stage, StageSource source) {
    ObjectNode node = mapper.createObjectNode();
    node.put("index", index);
    put(node, "name", stage.name());
    put(node, "nameAsWritten", source.nameAsWritten());
    ObjectNode base = node.putObject("base");
    base.put("asWritten", source.baseAsWritten());
    BaseImage image = stage.base();
    base.put("kind", image instanceof ImageRef ? "image" : image instanceof StageRef ? "stage" : "scratch");
    if (image instanceof ImageRef ref) {
      base.put("name", ref.toString());
      put(base, "registry", ref.registry());
      base.put("repository", ref.repository());
      put(base, "tag", ref.tag());
      put(base, "digest", ref.digest().map(Object::toString));
    } else if (image instanceof StageRef ref) {
      base.put("name", ref.name());
      base.putNull("registry");
      base.putNull("repository");
      base.putNull("tag");
      base.putNull("digest");
    } else {
      base.put("name", "scratch");
      base.putNull("registry");
      base.putNull("repository");
      base.putNull("tag");
      base.putNull("digest");
    }
    put(node, "platform", stage.platform().map(Object::toString));
    position(node, source.from());
    ArrayNode instructions = node.putArray("instructions");
    for (int i = 0; i < stage.instructions().size(); i++) {
      instructions.add(instruction(stage.instructions().get(i), source.instructions().get(i)));
    }
    return node;
  }

  private void position(ObjectNode node, InstructionSource source) {
    node.put("line", source.line());
    node.put("column", source.column());
    node.put("endLine", source.endLine());
  }

  private ObjectNode instruction(Instruction instruction, InstructionSource source) {
    ObjectNode node = mapper.createObjectNode();
    node.put("type", type(instruction));
    node.put("keyword", instruction.keyword());
    node.put("keywordAsWritten", source.keyword());
    position(node, source);
    ArrayNode flags = node.putArray("sourceFlags");
    source.flags().stream().map(SourceFlag::name).sorted().forEach(flags::add);
    fields(node, instruction);
    if (instruction instanceof Raw) {
      put(node, "rawReason", source.rawReason());
    } else if (instruction instanceof OnBuild) {
      put((ObjectNode) node.get("trigger"), "keywordAsWritten", source.triggerKeyword());
    }
    return node;
  }

  private void fields(ObjectNode node, Instruction instruction) {
    if (instruction instanceof Run run) {
      command(node, run.command());
      ArrayNode mounts = node.putArray("mounts");
      run.mounts().forEach(m -> mounts.add(mount(m)));
      put(node, "network", run.network().map(n -> lower(n.name())));
      put(node, "security", run.security().map(s -> lower(s.name())));
    } else if (instruction instanceof Copy copy) {
      strings(node, "sources", copy.sources());
      heredocs(node, copy.heredocs());
      node.put("destination", copy.destination());
      source(node, "from", copy.from());
      put(node, "chown", copy.chown().map(Object::toString));
      put(node, "chmod", copy.chmod().map(Object::toString));
      node.put("link", copy.link());
      node.put("parents", copy.parents());
      strings(node, "excludes", copy.excludes());
    } else if (instruction instanceof Add add) {
      strings(node, "sources", add.sources());
      node.put("destination", add.destination());
      put(node, "checksum", add.checksum());
      node.put("keepGitDir", add.keepGitDir());
      if (add.unpack().isPresent()) {
        node.put("unpack", add.unpack().get());
      } else {
        node.putNull("unpack");
      }
      put(node, "chown", add.chown().map(Object::toString));
      put(node, "chmod", add.chmod().map(Object::toString));
      node.put("link", add.link());
      strings(node, "excludes", add.excludes());
    } else if (instruction instanceof Env env) {
      pairs(node, env.entries());
    } else if (instruction instanceof Label label) {
      pairs(node, label.entries());
    } else if (instruction instanceof Arg arg) {
      node.put("name", arg.name());
      put(node, "default", arg.defaultValue());
    } else if (instruction instanceof Workdir workdir) {
      node.put("path", workdir.path());
    } else if (instruction instanceof User user) {
      node.put("user", user.user().user());
      put(node, "group", user.user().group());
    } else if (instruction instanceof Expose expose) {
      ArrayNode ports = node.putArray("ports");
      for (Port port : expose.ports()) {
        ObjectNode p = ports.addObject();
        p.put("port", port.number());
        p.put("protocol", lower(port.protocol().name()));
      }
    } else if (instruction instanceof Volume volume) {
      strings(node, "paths", volume.paths());
    } else if (instruction instanceof Cmd cmd) {
      strings(node, "argv", cmd.argv());
    } else if (instruction instanceof Entrypoint entrypoint) {
      strings(node, "argv", entrypoint.argv());
    } else if (instruction instanceof Shell shell) {
      strings(node, "argv", shell.argv());
    } else if (instruction instanceof Healthcheck check) {
      node.put("none", check.isNone());
      strings(node, "argv", check.argv());
      put(node, "interval", check.interval().map(ParseJson::duration));
      put(node, "timeout", check.timeout().map(ParseJson::duration));
      put(node, "startPeriod", check.startPeriod().map(ParseJson::duration));
      put(node, "startInterval", check.startInterval().map(ParseJson::duration));
      if (check.retries().isPresent()) {
        node.put("retries", check.retries().get());
      } else {
        node.putNull("retries");
      }
    } else if (instruction instanceof StopSignal signal) {
      node.put("signal", signal.signal().name());
    } else if (instruction instanceof OnBuild onBuild) {
      ObjectNode trigger = node.putObject("trigger");
      trigger.put("type", type(onBuild.trigger()));
      trigger.put("keyword", onBuild.trigger().keyword());
      trigger.putNull("keywordAsWritten");
      fields(trigger, onBuild.trigger());
    } else if (instruction instanceof Comment comment) {
      node.put("text", comment.text());
    } else if (instruction instanceof Raw raw) {
      node.put("text", raw.text());
    }
  }

  private void command(ObjectNode node, Command command) {
    if (command instanceof Command.ShellForm shell) {
      node.put("form", "shell");
      strings(node, "lines", shell.lines());
    } else if (command instanceof Command.ExecForm exec) {
      node.put("form", "exec");
      strings(node, "argv", exec.argv());
    } else if (command instanceof Command.HeredocForm heredoc) {
      node.put("form", "heredoc");
      node.put("commandLine", heredoc.commandLine());
      heredocs(node, heredoc.heredocs());
    }
  }

  private void heredocs(ObjectNode node, List<Heredoc> heredocs) {
    ArrayNode array = node.putArray("heredocs");
    for (Heredoc h : heredocs) {
      ObjectNode doc = array.addObject();
      doc.put("delimiter", h.delimiter());
      doc.put("stripTabs", h.stripTabs());
      doc.put("expand", h.expand());
      strings(doc, "lines", h.lines());
    }
  }

  private ObjectNode mount(Mount mount) {
    ObjectNode node = mapper.createObjectNode();
    if (mount instanceof BindMount bind) {
      node.put("type", "bind");
      node.put("target", bind.target());
      put(node, "source", bind.source());
      source(node, "from", bind.from());
      node.put("readWrite", bind.readWrite());
    } else if (mount instanceof CacheMount cache) {
      node.put("type", "cache");
      node.put("target", cache.target());
      put(node, "id", cache.id());
      put(node, "sharing", cache.sharing().map(s -> lower(s.name())));
      source(node, "from", cache.from());
      put(node, "source", cache.source());
      node.put("readOnly", cache.readOnly());
      put(node, "mode", cache.mode().map(Object::toString));
      integer(node, "uid", cache.uid());
      integer(node, "gid", cache.gid());
    } else if (mount instanceof TmpfsMount tmpfs) {
      node.put("type", "tmpfs");
      node.put("target", tmpfs.target());
      if (tmpfs.sizeBytes().isPresent()) {
        node.put("sizeBytes", tmpfs.sizeBytes().get());
      } else {
        node.putNull("sizeBytes");
      }
    } else if (mount instanceof SecretMount secret) {
      node.put("type", "secret");
      put(node, "id", secret.id());
      put(node, "target", secret.target());
      put(node, "env", secret.env());
      node.put("required", secret.required());
      put(node, "mode", secret.mode().map(Object::toString));
      integer(node, "uid", secret.uid());
      integer(node, "gid", secret.gid());
    } else if (mount instanceof SshMount ssh) {
      node.put("type", "ssh");
      put(node, "id", ssh.id());
      put(node, "target", ssh.target());
      node.put("required", ssh.required());
      put(node, "mode", ssh.mode().map(Object::toString));
      integer(node, "uid", ssh.uid());
      integer(node, "gid", ssh.gid());
    }
    return node;
  }

  private void source(ObjectNode node, String key, Optional<SourceRef> ref) {
    if (ref.isEmpty()) {
      node.putNull(key);
      return;
    }
    ObjectNode from = node.putObject(key);
    SourceRef value = ref.get();
    if (value instanceof StageRef stage) {
      from.put("kind", "stage");
      from.put("name", stage.name());
    } else if (value instanceof ImageRef image) {
      from.put("kind", "image");
      from.put("name", image.toString());
    } else if (value instanceof NamedContext context) {
      from.put("kind", "context");
      from.put("name", context.name());
    }
  }

  private void pairs(ObjectNode node, List<KeyValue> entries) {
    ArrayNode pairs = node.putArray("pairs");
    for (KeyValue kv : entries) {
      ObjectNode pair = pairs.addObject();
      pair.put("key", kv.key());
      pair.put("value", kv.value());
    }
  }

  private static void strings(ObjectNode node, String key, List<String> values) {
    ArrayNode array = node.putArray(key);
    values.forEach(array::add);
  }

  private static void put(ObjectNode node, String key, Optional<String> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }

  private static void integer(ObjectNode node, String key, Optional<Integer> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }

  /** The model type: run, copy, ..., comment, or raw for what the model keeps as text. */
  private static String type(Instruction instruction) {
    return lower(instruction.getClass().getSimpleName());
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** Go's duration notation, as the canonical Dockerfile writes it ({@code 1m30s}, {@code 500ms}). */
  static String duration(Duration d) {
    return io.github.dockerdsl.render.DockerfileWriter.formatDuration(d);
  }
}
