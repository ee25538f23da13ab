package io.github.dockerdsl.parse;

import io.github.dockerdsl.image.SourceRef;
import io.github.dockerdsl.instruction.FileMode;
import io.github.dockerdsl.mount.BindMount;
import io.github.dockerdsl.mount.CacheMount;
import io.github.dockerdsl.mount.Mount;
import io.github.dockerdsl.mount.SecretMount;
import io.github.dockerdsl.mount.Sharing;
import io.github.dockerdsl.mount.SshMount;
import io.github.dockerdsl.mount.TmpfsMount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The instruction layer for {@code RUN --mount}: BuildKit's mount options into the typed mounts. */
final class Mounts {
  /** Reads a mount's {@code from=} as a stage, image or named context. */
  private final FileInstructions files;

  /**
   * {@code files} reads {@code from=} values; the layer itself, not a method reference to it, as no
   * lambda or method reference runs on a lint's path (each one's first use costs a one-file run its
   * bootstrap: docs/performance.md, sixth round).
   */
  Mounts(FileInstructions files) {
    this.files = files;
  }

  Mount mount(InstructionCtx c, Lexing.Flag f) {
    if (!f.hasValue()) {
      throw c.fail(f.offset(), "flag '--mount' has no value; write --mount=type=<type>,target=<path>");
    }
    List<String> fields = Lexing.csv(f.value());
    // each field's key, cut and stripped once for both passes
    String[] keys = new String[fields.size()];
    String type = "bind";
    for (int i = 0; i < keys.length; i++) {
      String field = fields.get(i);
      int eq = field.indexOf('=');
      keys[i] = (eq < 0 ? field : field.substring(0, eq)).strip();
      if (eq > 0 && keys[i].equalsIgnoreCase("type")) {
        type = field.substring(eq + 1).strip();
      }
    }
    if (!TYPES.contains(type)) {
      throw c.fail(f.offset(), String.format(
          "mount type '%s' is not supported; use bind, cache, tmpfs, secret or ssh", type));
    }
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      String field = fields.get(i);
      int eq = field.indexOf('=');
      String key = keys[i].toLowerCase(Locale.ROOT);
      String value = eq < 0 ? null : field.substring(eq + 1);
      String canonical;
      switch (key) {
        case "type": continue;
        case "source": case "src": canonical = "source"; break;
        case "target": case "dst": case "destination": canonical = "target"; break;
        case "readonly": case "ro": canonical = "ro"; break;
        case "readwrite": case "rw": canonical = "rw"; break;
        case "from": case "id": case "sharing": case "mode": case "uid": case "gid": case "size": case "env":
        case "required":
          canonical = key;
          break;
        default:
          throw c.fail(f.offset(), String.format("mount option '%s' is unknown in '--mount=%s'; see the RUN --mount "
              + "reference for the options of type %s", key, f.value(), type));
      }
      if (value == null) {
        if (!canonical.equals("ro") && !canonical.equals("rw") && !canonical.equals("required")) {
          throw c.fail(f.offset(), String.format("mount option '%s' has no value; write %s=<value>", key, key));
        }
        value = "true";
      } else if (canonical.equals("ro") || canonical.equals("rw") || canonical.equals("required")) {
        if (Lexing.bool(value) == null) {
          throw c.fail(f.offset(), String.format("mount option '%s' value '%s' is not a boolean; write %s=true or %s",
              key, value, key, key));
        }
        value = Lexing.bool(value).toString();
      }
      if (canonical.equals("ro") && opts.containsKey("rw")) {
        opts.remove("rw");
      }
      if (canonical.equals("rw") && opts.containsKey("ro")) {
        opts.remove("ro");
      }
      opts.put(canonical, value);
    }
    return buildMount(type, opts);
  }

  private static final List<String> TYPES = List.of("bind", "cache", "tmpfs", "secret", "ssh");
  // each mount type's options, built once rather than per mount
  private static final Set<String> BIND_OPTIONS = Set.of("target", "source", "from", "rw", "ro");
  private static final Set<String> CACHE_OPTIONS =
      Set.of("target", "id", "sharing", "from", "source", "ro", "rw", "mode", "uid", "gid");
  private static final Set<String> TMPFS_OPTIONS = Set.of("target", "size");
  private static final Set<String> SECRET_OPTIONS = Set.of("id", "target", "env", "required", "mode", "uid", "gid");
  private static final Set<String> SSH_OPTIONS = Set.of("id", "target", "required", "mode", "uid", "gid");

  private Mount buildMount(String type, Map<String, String> o) {
    Set<String> supported;
    Mount mount;
    switch (type) {
      case "bind":
        supported = BIND_OPTIONS;
        // without target, BuildKit mounts at the working directory (it joins the target to the WORKDIR),
        // which is what target=. says
        BindMount bind = BindMount.of(o.getOrDefault("target", "."));
        bind = new BindMount(bind.target(), Optional.ofNullable(o.get("source")),
            from(o),
            o.containsKey("rw") ? Boolean.parseBoolean(o.get("rw")) : o.containsKey("ro") && !Boolean.parseBoolean(o.get("ro")));
        mount = bind;
        break;
      case "cache":
        supported = CACHE_OPTIONS;
        boolean readOnly = o.containsKey("ro") ? Boolean.parseBoolean(o.get("ro"))
            : o.containsKey("rw") && !Boolean.parseBoolean(o.get("rw"));
        mount = new CacheMount(required(o, "target", type), Optional.ofNullable(o.get("id")),
            sharing(o), from(o), Optional.ofNullable(o.get("source")), readOnly, mode(o),
            integer(o, "uid"), integer(o, "gid"));
        break;
      case "tmpfs":
        supported = TMPFS_OPTIONS;
        mount = new TmpfsMount(required(o, "target", type),
            o.get("size") == null ? Optional.empty() : Optional.of(Lexing.ramInBytes(o.get("size"))));
        break;
      case "secret":
        supported = SECRET_OPTIONS;
        mount = new SecretMount(Optional.ofNullable(o.get("id")), Optional.ofNullable(o.get("target")),
            Optional.ofNullable(o.get("env")), Boolean.parseBoolean(o.getOrDefault("required", "false")),
            mode(o), integer(o, "uid"), integer(o, "gid"));
        break;
      default:
        supported = SSH_OPTIONS;
        mount = new SshMount(Optional.ofNullable(o.get("id")), Optional.ofNullable(o.get("target")),
            Boolean.parseBoolean(o.getOrDefault("required", "false")),
            mode(o), integer(o, "uid"), integer(o, "gid"));
    }
    for (String key : o.keySet()) {
      if (!supported.contains(key)) {
        throw new IllegalArgumentException(String.format(
            "mount option '%s' is not modelled for %s mounts; remove it", key, type));
      }
    }
    return mount;
  }

  private static String required(Map<String, String> o, String key, String type) {
    String v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException(String.format("%s mount has no %s; give %s=<path>", type, key, key));
    }
    return v;
  }

  private static Optional<Integer> integer(Map<String, String> o, String key) {
    String v = o.get(key);
    return v == null ? Optional.empty() : Optional.of(Integer.parseInt(v));
  }

  private Optional<SourceRef> from(Map<String, String> o) {
    String v = o.get("from");
    return v == null ? Optional.empty() : Optional.of(files.sourceRef(v));
  }

  private static Optional<FileMode> mode(Map<String, String> o) {
    String v = o.get("mode");
    return v == null ? Optional.empty() : Optional.of(FileMode.of(v));
  }

  private static Optional<Sharing> sharing(Map<String, String> o) {
    String v = o.get("sharing");
    return v == null ? Optional.empty() : Optional.of(sharing(v));
  }

  private static Sharing sharing(String value) {
    switch (value) {
      case "shared": return Sharing.SHARED;
      case "private": return Sharing.PRIVATE;
      case "locked": return Sharing.LOCKED;
      default: throw new IllegalArgumentException(String.format(
          "cache sharing '%s' is not valid; use shared, private or locked", value));
    }
  }
}
