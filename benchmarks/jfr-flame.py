#!/usr/bin/env python3
"""Where a turn's CPU goes: JFR execution samples -> collapsed stacks, an SVG flame graph and a
breakdown by component.

usage: benchmarks/jfr-flame.py RECORDING.jfr OUT_PREFIX [THREAD_PREFIX]

Reads `jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample --stack-depth 512` (the JDK's
own jfr tool), keeps the samples of threads whose name starts with THREAD_PREFIX (default: every
thread), and writes
OUT_PREFIX.collapsed (one "root;...;leaf count" line per stack, the format flame graph tools read),
OUT_PREFIX.svg (a self-contained flame graph: hover shows frame, samples and share) and
OUT_PREFIX.txt (the breakdown). JFR samples Java threads only: GC, JIT compiler and native work
outside a Java frame (PostgreSQL, Keycloak: other processes) are not in it. A thread in native code
is not an execution sample but a native-method sample, taken whether it computes or waits (socket
reads, polls); of those only the ones in ONNX Runtime (the sentence encoder's inference, which
computes) are kept, so that the NLU's native part is counted and waiting is not; they count twice,
as JFR's "profile" settings take them every 20 ms against every 10 ms for Java samples.

Breakdown: each sample is given to the FIRST component, in the order below, that has a frame in
the sample's stack, walking from the leaf to the root; so a hash computed inside the audit code
counts as audit, and what no component claims is "other". The "inclusive" column counts every
sample whose stack contains the component anywhere (these overlap).
"""
import collections
import html
import re
import subprocess
import sys

# (component, frame pattern). Order matters for the exclusive attribution: most specific first.
COMPONENTS = [
    ("NLU (language, encoder/ONNX, intent, frustration)",
     r"^(io\.tellerline\.nlu\.|ai\.onnxruntime\.|opennlp\.|dev\.langchain4j\.|ai\.djl\.)"),
    ("token verification (JWT, JWKS)",
     r"^(com\.nimbusds\.|io\.tellerline\.identity\.infrastructure\.KeycloakTokenVerifier)"),
    ("audit canonicalisation/hashing",
     r"^(io\.tellerline\.audit\.|org\.erdtman\.|org\.webpki\.)"),
    ("PII encryption/key unwrapping",
     r"^(io\.tellerline\.privacy\.(crypto|tokenization)\.|javax\.crypto\.|com\.sun\.crypto\.|"
     r"sun\.security\.|org\.bouncycastle\.)"),
    ("PII detection",
     r"^(io\.tellerline\.privacy\.|com\.google\.i18n\.phonenumbers\.)"),
    ("JSON binding",
     r"^(org\.eclipse\.yasson\.|org\.eclipse\.parsson\.|org\.glassfish\.json\.|"
     r"org\.glassfish\.jersey\.jsonb\.)"),
    ("commit / transaction manager",
     r"^(com\.sun\.enterprise\.transaction\.|com\.sun\.jts\.|"
     r"org\.eclipse\.persistence\.internal\.sessions\.(RepeatableWriteUnitOfWorkImpl|UnitOfWorkImpl)"
     r"\.(commit|issueSQLbeforeCompletion|writeChanges))"),
    ("JPA (EclipseLink)", r"^org\.eclipse\.persistence\."),
    ("JDBC driver and pool", r"^(org\.postgresql\.|com\.sun\.gjc\.|com\.sun\.enterprise\.resource\.)"),
    ("application code (conversation, banking, knowledge...)", r"^io\.tellerline\."),
    ("CDI/EJB container (Weld, EJB)",
     r"^(org\.jboss\.weld\.|com\.sun\.ejb\.|org\.glassfish\.ejb\.)"),
    ("HTTP/JAX-RS (Grizzly, Jersey, servlet, security filters)",
     r"^(org\.glassfish\.grizzly\.|org\.glassfish\.jersey\.|org\.apache\.catalina\.|"
     r"org\.glassfish\.soteria\.|com\.sun\.enterprise\.security\.|org\.glassfish\.exousia\.|"
     r"fish\.payara\.|org\.glassfish\.)"),
]
PATTERNS = [(name, re.compile(p)) for name, p in COMPONENTS]


def samples(recording, thread_prefix):
    out = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample", "--stack-depth",
         "512", recording],
        check=True, capture_output=True, text=True).stdout
    thread, frames, in_stack, native = None, [], False, False
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("jdk.ExecutionSample") or line.startswith("jdk.NativeMethodSample"):
            thread, frames, in_stack = None, [], False
            native = line.startswith("jdk.NativeMethodSample")
        elif line.startswith("sampledThread = "):
            thread = line.split('"')[1] if '"' in line else line
        elif line.startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and line == "]":
            in_stack = False
        elif in_stack and line != "...":
            frames.append(re.sub(r"\(.*$", "", line))  # Class.method: arguments and line dropped
        elif line == "}" and thread is not None:
            computing = not native or any(f.startswith("ai.onnxruntime.") for f in frames)
            if frames and computing and thread.startswith(thread_prefix):
                yield thread, frames, 2 if native else 1  # leaf first; weight
            thread = None


def component(frames):
    for frame in frames:  # leaf to root
        for name, pattern in PATTERNS:
            if pattern.search(frame):
                return name
    return "other (JDK, logging, ...)"


def flame_svg(stacks, total, title):
    root = {"children": {}, "value": 0}
    for stack, count in stacks.items():
        node = root
        node["value"] += count
        for frame in stack.split(";"):
            node = node["children"].setdefault(frame, {"children": {}, "value": 0})
            node["value"] += count
    width, row = 1800, 16
    rects = []

    def depth(node):
        return 1 + max((depth(c) for c in node["children"].values()), default=0)

    height = (depth(root) + 2) * row + 40

    def draw(node, name, x, level):
        w = node["value"] / total * width
        if w < 1.0:  # narrower than a pixel: left out (the .collapsed file has every stack)
            return
        y = height - (level + 1) * row - 10
        short = name.split("(")[0]
        hue = 10 + (hash(short.rsplit(".", 2)[0]) % 50)
        colour = "hsl(%d,80%%,%d%%)" % (hue, 55 + hash(short) % 15)
        label = html.escape(short if w > 7 * len(short) else short[: max(0, int(w / 7) - 2)] + "..")
        tip = html.escape("%s — %d samples, %.2f%%" % (name, node["value"], 100 * node["value"] / total))
        rects.append(
            f'<g><title>{tip}</title><rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row - 1}" '
            f'fill="{colour}"/>' + (f'<text x="{x + 3:.1f}" y="{y + 11}">{label}</text>' if w > 25 else "")
            + "</g>")
        child_x = x
        for child_name, child in sorted(node["children"].items()):
            draw(child, child_name, child_x, level + 1)
            child_x += child["value"] / total * width

    draw(root, "all", 0, 0)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'font-family="monospace" font-size="11"><rect width="100%" height="100%" fill="#fff"/>'
            f'<text x="10" y="20" font-size="14">{html.escape(title)}</text>' + "".join(rects) + "</svg>\n")


def main():
    recording, prefix = sys.argv[1], sys.argv[2]
    thread_prefix = sys.argv[3] if len(sys.argv) > 3 else ""
    stacks = collections.Counter()
    exclusive = collections.Counter()
    inclusive = collections.Counter()
    threads = collections.Counter()
    total = 0
    for thread, frames, weight in samples(recording, thread_prefix):
        total += weight
        stacks[";".join(reversed(frames))] += weight
        exclusive[component(frames)] += weight
        threads[re.sub(r"[-(]?\d+\)?$", "", thread)] += weight
        for name, pattern in PATTERNS:
            if any(pattern.search(f) for f in frames):
                inclusive[name] += weight
    if total == 0:
        raise SystemExit("no execution samples" + (f" on threads {thread_prefix}*" if thread_prefix else ""))
    with open(prefix + ".collapsed", "w") as out:
        for stack, count in sorted(stacks.items()):
            out.write(f"{stack} {count}\n")
    with open(prefix + ".svg", "w") as out:
        out.write(flame_svg(stacks, total, f"{recording}: {total} JFR execution samples"
                            + (f" on threads {thread_prefix}*" if thread_prefix else "")))
    lines = [f"{total} samples (10 ms each)" + (f" on threads {thread_prefix}*" if thread_prefix else ""),
             "", "| component | exclusive | inclusive |", "|---|---|---|"]
    for name, _ in COMPONENTS + [("other (JDK, logging, ...)", None)]:
        inc = f"{inclusive[name] / total:.1%}" if name in inclusive or _ else "—"
        lines.append(f"| {name} | {exclusive[name] / total:.1%} | {inc} |")
    lines += ["", "threads: " + ", ".join(f"{t} {n / total:.0%}" for t, n in threads.most_common(6))]
    with open(prefix + ".txt", "w") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
