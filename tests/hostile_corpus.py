"""A generated hostile corpus: files that a batch run must survive (issue 10, item 8).

``generate(folder)`` writes >= 500 entries into ``folder``: every encoding and BOM mix, truncated
multibyte characters, byte-fuzzed copies of real reports, odd line ends, zero-width and bidi
characters, odd numbers, pathological sizes and odd file names, plus ``good/`` copies of real
reports (``tests/data/corpus``) whose facts must come out as they do when run alone.
``generate(folder, full=False)`` writes one file of each kind (about 40), with the pathological
sizes scaled down, for the fast tests. Everything is derived from a fixed seed: two calls write
the same bytes.

Used by ``tests/test_hostile.py`` and ``benchmarks/hostile_corpus.py``.
"""
from __future__ import annotations

import codecs
import os
import random
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
CANARY = "pwned"
"""A file of this name appearing anywhere means a file name was executed by a shell."""


@dataclass(frozen=True)
class Entry:
    path: Path
    kind: str
    good: bool = False


def _reports() -> list[tuple[str, str]]:
    """(stem, text) of the real reports that decode as UTF-8."""
    out = []
    for p in sorted(CORPUS.glob("*.txt")):
        try:
            out.append((p.stem, p.read_text(encoding="utf-8")))
        except UnicodeDecodeError:
            continue
    return out


def _to_traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


_FAST_ENCODINGS = ("utf8bom", "gb18030", "big5", "utf16le_bom", "utf16be", "double_bom", "mixed_utf8_gbk")


class _Writer:
    def __init__(self, root: Path):
        self.root = root
        self.entries: list[Entry] = []

    def bytes(self, name: str, data: bytes, kind: str, good: bool = False) -> Path:
        p = self.root / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        self.entries.append(Entry(p, kind, good))
        return p

    def text(self, name: str, text: str, kind: str, enc: str = "utf-8") -> Path:
        return self.bytes(name, text.encode(enc), kind)


SENTENCE = ("2023年，全县共安排衔接资金项目125个，计划投资3.6亿元，截至12月底完工率达92.8%。"
            "其中，甲乡安排项目12个，带动脱贫人口1.5万人。")


def generate(folder: Path, full: bool = True, seed: int = 20261130, scale: int | None = None) -> list[Entry]:
    """Write the corpus under ``folder`` (created); return its entries (good files flagged).
    ``scale`` divides the pathological sizes (default 1 for the full corpus, 200 for the fast one)."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    w = _Writer(root)
    reports = _reports()
    few = reports if full else reports[:1]
    scale = scale or (1 if full else 200)  # pathological sizes divided by this in the fast subset

    # --- good files: real reports as they are -------------------------------------------------
    for p in sorted(CORPUS.glob("*.txt")) if full else sorted(CORPUS.glob("*.txt"))[:3]:
        w.bytes(f"good/{p.name}", p.read_bytes(), "good", good=True)

    # --- encodings and BOM mixes --------------------------------------------------------------
    codecs_ = {
        "utf8": lambda t: t.encode("utf-8"),
        "utf8bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
        "gb18030": lambda t: t.encode("gb18030"),
        "gbk": lambda t: t.encode("gbk", errors="replace"),
        "big5": lambda t: _to_traditional(t).encode("big5", errors="replace"),
        "utf16le_bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        "utf16be_bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        "utf16le": lambda t: t.encode("utf-16-le"),
        "utf16be": lambda t: t.encode("utf-16-be"),
        "utf32": lambda t: t.encode("utf-32"),
        "utf8bom_gbk": lambda t: codecs.BOM_UTF8 + t.encode("gbk", errors="replace"),
        "utf16bom_utf8": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-8"),
        "double_bom": lambda t: codecs.BOM_UTF8 * 2 + t.encode("utf-8"),
        "bom_midway": lambda t: (t[: len(t) // 2] + "\ufeff" + t[len(t) // 2:]).encode("utf-8"),
        "mixed_utf8_gbk": lambda t: t[: len(t) // 2].encode("utf-8") + t[len(t) // 2:].encode("gbk", "replace"),
        "latin1_mojibake": lambda t: t.encode("utf-8").decode("latin-1").encode("utf-8"),
        "gbk_as_utf8_mojibake": lambda t: t.encode("utf-8").decode("gbk", "replace").encode("utf-8"),
    }
    for stem, text in few:
        for cname, enc in codecs_.items():
            if not full and cname not in _FAST_ENCODINGS:
                continue
            w.bytes(f"enc/{stem}.{cname}.txt", enc(text), f"encoding:{cname}")

    # --- truncated multibyte characters -------------------------------------------------------
    for stem, text in few:
        for cname in ("utf-8", "gb18030", "utf-16-le"):
            data = text.encode(cname)
            for cut in (1, 2, 3) if full else (1,):
                w.bytes(f"trunc/{stem}.{cname}.cut{cut}.txt", data[: len(data) - cut], f"truncated:{cname}")
            if not full:
                continue
            # a character split in the middle of the file (one byte dropped inside a character)
            i = len(data) // 2
            while i < len(data) and data[i] < 0x80:
                i += 1
            w.bytes(f"trunc/{stem}.{cname}.mid.txt", data[:i + 1] + data[i + 2:], f"truncated:{cname}")

    # --- byte fuzzing of real reports ---------------------------------------------------------
    n_fuzz = 160 if full else 3
    for k in range(n_fuzz):
        stem, text = reports[k % len(reports)]
        data = bytearray(text.encode(rng.choice(["utf-8", "utf-8", "gb18030"])))
        for _ in range(rng.choice([1, 3, 10, 50])):
            op = rng.random()
            i = rng.randrange(len(data))
            if op < 0.4:
                data[i] = rng.randrange(256)
            elif op < 0.6:
                del data[i]
            elif op < 0.8:
                data[i:i] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 8)))
            else:                                   # duplicate a slice somewhere else
                j = rng.randrange(len(data))
                data[j:j] = data[i:i + rng.randrange(1, 200)]
        w.bytes(f"fuzz/{k:03d}_{stem[:20]}.txt", bytes(data), "fuzz")

    # --- line ends ----------------------------------------------------------------------------
    ends = {"cr": "\r", "crlf": "\r\n", "nel": "\x85", "ls": "\u2028", "ps": "\u2029", "vt": "\v",
            "ff": "\f", "lfcr": "\n\r", "mixed": None, "none": ""}
    for stem, text in few[:5] if full else few:
        for ename, end in ends.items():
            if not full and ename not in ("cr", "nel", "ls", "mixed"):
                continue
            lines = text.split("\n")
            if end is None:
                body = "".join(ln + rng.choice(["\r", "\r\n", "\n", "\x85", "\u2028"]) for ln in lines)
            else:
                body = end.join(lines)
            w.text(f"lines/{stem}.{ename}.txt", body, f"line_end:{ename}")
        # NEL in GB18030 / Big5 files too (the byte 0x85 is a lead byte there)
        w.bytes(f"lines/{stem}.nel_gb18030.txt", "\x85".join(text.split("\n")).encode("gb18030"), "line_end:nel_gb18030")

    # --- zero-width, bidi, odd Unicode --------------------------------------------------------
    odd = {"zwsp": "\u200b", "zwnj": "\u200c", "zwj": "\u200d", "wj": "\u2060", "bom": "\ufeff",
           "rlo": "\u202e", "lre": "\u202a", "pdf": "\u202c", "rli": "\u2067", "shy": "\u00ad",
           "nbsp": "\u00a0", "ideo_space": "\u3000", "combining": "\u0301", "var_sel": "\ufe0f",
           "replacement": "\ufffd", "private_use": "\ue000", "surrogate_pair": "\U0001f600",
           "nul": "\x00", "c1": "\x9b"}
    if not full:
        odd = {"mix": "\u200b\u202e\ufeff\u00ad\x00\U0001f600"}
    for oname, ch in odd.items():
        for mode in ("every_char", "in_numbers") if full else ("in_numbers",):
            if mode == "every_char":
                body = ch.join(SENTENCE * 3)
            else:
                body = "".join(c + ch if c.isdigit() or c in ".%亿万" else c for c in SENTENCE * 3)
            w.text(f"unicode/{oname}.{mode}.txt", "脱贫攻坚成效\n" + body + "\n", f"unicode:{oname}")

    # --- numbers ------------------------------------------------------------------------------
    numbers = {
        "fullwidth": "全县投资１２５．６亿元，完成率９２．８％，脱贫人口１，２３４人。",
        "digits500": "共有项目" + "9" * 500 + "个，投资" + "1" * 500 + "." + "5" * 500 + "亿元。",
        "sci": "投资1.2E+05元，产值3.4e-7万元，增长1E308倍，减少-1e-400元。",
        "wanwan": "资金一万万万亿亿元，人口亿亿亿亿人，减少万万万万万万万万万万万万万万户。",
        "cn_long": "资金" + "九" * 300 + "元，人口" + "一千二百三十四万五千六百七十八" * 30 + "人。",
        "commas": "投资1,2,3,4,5,6,7亿元，人口" + ",".join(["123"] * 200) + "人，,,,,,,,元。",
        "dots": "增长1.2.3.4.5%，投资0.0.0.0亿元，完成率.....%，...亿元。",
        "percent_chain": "完成率" + "%" * 500 + "，增长" + "92.8%" * 200 + "。",
        "ranges": "投资3-5亿元，增长10%～20%～30%，人口1至2至3万人，" + "1-" * 300 + "2万人。",
        "negative_zero": "投资-0元，增长-0.0%，减少−5亿元，人口+-+-3人，0/0户，1/0%。",
        "fractions": "完成率三分之" + "一" * 100 + "，增长百分之百分之百分之五十，千分之" + "九" * 200 + "。",
        "huge_ratio": "增长" + "9" * 400 + "%，占比" + "1" * 400 + "%，人均" + "8" * 400 + "元。",
        "units_only": "万元亿元万人户个%元万亿元。" * 50,
        "digits_letters": "投资0x1F亿元，人口1_000人，产值∞万元，增长NaN%，减少inf元，收入1e亿元。",
        "roman_math": "投资Ⅻ亿元，人口①②③万人，增长𝟗𝟐.𝟖%，产值٣٤٥万元，收入१२३元。",
    }
    if not full:
        numbers = {"all": "\n".join(numbers.values())}
    for nname, body in numbers.items():
        text = "脱贫攻坚数字\n2023年12月1日\n" + body + "\n" + SENTENCE + "\n"
        w.text(f"numbers/{nname}.txt", text, f"number:{nname}")
        if full:
            w.text(f"numbers/{nname}.gb18030.txt", text, f"number:{nname}", enc="gb18030")

    # --- pathological sizes -------------------------------------------------------------------
    mb = 1024 * 1024
    w.bytes("size/digits_10mb.txt", ("数字" + "1234567890" * (mb // scale)).encode("utf-8"), "size:digits")
    w.bytes("size/digits_spaced.txt", ("数字" + "1 " * (2 * mb // scale)).encode("utf-8"), "size:digits_spaced")
    one_line = SENTENCE.replace("\n", "")
    w.text("size/one_line_2mb.txt", "标题\n" + one_line * (2 * mb // len(one_line.encode()) // scale), "size:one_line")
    w.text("size/one_line_1m_chars.txt", one_line * (1_100_000 // len(one_line) // scale), "size:one_line_repeats")
    w.text("size/many_lines.txt", (SENTENCE + "\n") * (20000 // scale), "size:many_lines")
    if full:  # the same length of *different* sentences, in one article: nothing shared, no memo helps
        from varied_report import varied_report

        w.text("size/varied_lines.txt", varied_report(20000, one_article=True), "size:varied_lines")
    w.text("size/pinyin_100k.txt", "脱贫攻坚\n" + "區(qū)" * (100_000 // scale) + "\n", "size:pinyin_groups")
    w.text("size/pinyin_mixed.txt", "脱贫攻坚\n" + "全县(quán xiàn)投资3.6亿元(yì yuán)，" * (20_000 // scale) + "\n",
           "size:pinyin_sentences")
    w.text("size/qmarks_long.txt", "脱贫攻坚\n" + "脱贫" + "?" * (200_000 // scale) + "1.5万人。\n", "size:qmark_run")
    w.text("size/qmarks_in_numbers.txt",
           "脱贫攻坚\n" + ("投资3?6亿元，完成率9?.8%，人口1??万人，" + "??" * 50) * (5000 // scale) + "\n",
           "size:qmark_numbers")
    moj = SENTENCE.encode("utf-8").decode("gbk", "replace")
    w.text("size/mojibake_run.txt", "脱贫攻坚\n" + moj * (20_000 // scale) + "\n", "size:mojibake_run")
    latin = SENTENCE.encode("utf-8").decode("latin-1")
    w.text("size/latin1_run.txt", "脱贫攻坚\n" + latin * (10_000 // scale) + "\n", "size:latin1_mojibake_run")
    w.text("size/replacement_run.txt", "脱贫攻坚\n" + "\ufffd" * (200_000 // scale) + "3.6亿元\n", "size:replacement_run")
    w.text("size/nested_brackets.txt", "脱贫攻坚\n" + "（" * (50_000 // scale) + "3.6亿元" + "）" * (50_000 // scale) + "\n",
           "size:nested_brackets")
    w.text("size/nested_mixed.txt", "脱贫攻坚\n" + "([{【《“" * (10_000 // scale) + "投资3.6亿元" + "”》】}])" * (10_000 // scale) + "\n",
           "size:nested_mixed")
    w.text("size/unbalanced.txt", "脱贫攻坚\n" + ("（投资3.6亿元" * (20_000 // scale)) + "\n", "size:unbalanced_brackets")
    w.text("size/quotes.txt", "脱贫攻坚\n" + "“" * (50_000 // scale) + SENTENCE + "\n", "size:quotes")
    w.text("size/one_char.txt", "贫" * (3 * mb // scale), "size:one_char")
    w.text("size/region_names.txt", "脱贫攻坚\n" + "西藏自治区拉萨市城关区" * (50_000 // scale) + "投资3亿元。\n",
           "size:region_run")
    w.text("size/years.txt", "脱贫攻坚\n" + "2023年" * (100_000 // scale) + "投资3亿元。\n", "size:year_run")
    w.text("size/headlines.txt", ("标题" + "\n\n") * (50_000 // scale), "size:headlines")
    w.text("size/articles.txt", ("\n\n".join(["脱贫攻坚新闻", "2023年12月1日 来源：人民网", SENTENCE])
                                 + "\n\n责任编辑：张三\n\n") * (2000 // scale), "size:many_articles")
    w.text("size/spaces.txt", "脱贫攻坚\n" + " " * (2 * mb // scale) + SENTENCE + "\n", "size:spaces")
    w.text("size/blank_lines.txt", "脱贫攻坚" + "\n" * (2 * mb // scale) + SENTENCE + "\n", "size:blank_lines")
    w.text("size/table_pipes.txt", "脱贫攻坚\n" + ("|项目|3.6亿元|92.8%|" + "\n") * (30_000 // scale), "size:table_rows")
    w.bytes("size/nul_16mib.txt", b"\x00" * (16 * mb), "size:nul")           # cheap: read, then refused
    w.bytes("size/over_16mib.txt", b"1" * (16 * mb + 1), "size:too_large")   # refused before reading
    w.bytes("size/random_binary.txt", bytes(rng.randrange(256) for _ in range(200_000 // scale)), "size:binary")
    w.bytes("size/empty.txt", b"", "size:empty")
    w.bytes("size/bom_only.txt", codecs.BOM_UTF8, "size:bom_only")
    w.bytes("size/whitespace_only.txt", b" \n\t\r\n" * 100, "size:whitespace_only")
    w.bytes("size/ascii_only.txt", b"Poverty report 2023: 125 projects, 3.6 billion yuan.\n" * 20, "size:ascii_only")
    w.bytes("size/one_han.txt", "贫".encode("utf-8"), "size:one_char_file")

    # --- odd file names and file types --------------------------------------------------------
    good_bytes = (CORPUS / "01_tibet_2023_rural_revitalization_projects_decimal_damage.txt").read_bytes()
    names = ["with space.txt", "new\nline.txt", "-leading-dash.txt", "--format=jsonl.txt",
             f"$(touch {CANARY}).txt", f"`touch {CANARY}`.txt", f"x; touch {CANARY}.txt",
             f"x && touch {CANARY} #.txt", "'quoted'.txt", '"dq".txt', "tab\there.txt", "..txt", ".hidden.txt",
             "中文名称.txt", "e\u0301\u202e.txt", "x" * 240 + ".txt", "UPPER.TXT", "semi;colon|pipe>gt.txt",
             "%s%n%x.txt", "{}{0}.txt", "back\\slash.txt", "*glob?.txt", "~tilde.txt", "a:b.txt",
             "=cmd|' /C calc'!A0.txt", "+1+1.txt", "@SUM(1+1).txt"]
    if full:
        for n in names:
            w.bytes(f"names/{n}", good_bytes, "name")
    else:
        for n in ("with space.txt", "new\nline.txt", "-leading-dash.txt", f"$(touch {CANARY}).txt",
                  "=cmd|' /C calc'!A0.txt"):
            w.bytes(f"names/{n}", good_bytes, "name")
    # a name that is not valid UTF-8 (allowed on Linux)
    raw_name = os.fsencode(root / "names") + b"/bad\xff\xfename.txt"
    os.makedirs(os.path.dirname(raw_name), exist_ok=True)
    with open(raw_name, "wb") as fh:
        fh.write(good_bytes)
    w.entries.append(Entry(Path(os.fsdecode(raw_name)), "name:non_utf8"))
    # a directory named like a file, with and without a file inside
    (root / "odd" / "dir.txt").mkdir(parents=True, exist_ok=True)
    w.entries.append(Entry(root / "odd" / "dir.txt", "type:directory"))
    (root / "odd" / "full_dir.txt").mkdir(parents=True, exist_ok=True)
    w.bytes("odd/full_dir.txt/inside.txt", good_bytes, "type:file_in_dir_named_txt")
    # symlinks: to a file, dangling, a loop, to a folder, to a file outside the corpus
    for name, target in (("link.txt", "../good/" + sorted(CORPUS.glob("*.txt"))[0].name),
                         ("dangling.txt", "nowhere.txt"), ("loop.txt", "loop.txt"),
                         ("dirlink.txt", "dir.txt"), ("etc_passwd.txt", "/etc/hostname")):
        link = root / "odd" / name
        if not link.is_symlink():
            os.symlink(target, link)
        w.entries.append(Entry(link, f"type:symlink_{name.split('.')[0]}"))
    # a FIFO: opening it for reading would block for ever
    fifo = root / "odd" / "fifo.txt"
    if not fifo.exists() and hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
        w.entries.append(Entry(fifo, "type:fifo"))
    # a file without read permission (root reads it anyway)
    noperm = w.bytes("odd/no_permission.txt", good_bytes, "type:no_permission")
    os.chmod(noperm, 0)
    return w.entries


if __name__ == "__main__":  # pragma: no cover - for a look by hand
    import sys

    es = generate(Path(sys.argv[1]), full=len(sys.argv) < 3)
    print(len(es), "entries;", sum(e.good for e in es), "good")


# --- measuring one file at a time -----------------------------------------------------------------

@dataclass
class Measure:
    path: Path
    status: str            # "processed", "skipped", "crash", "timeout", "memory"
    reason: str = ""
    seconds: float = 0.0   # wall time of the file's pass (grows with the machine's load)
    max_rss_mb: float = 0.0
    rows: int = 0
    cpu_seconds: float = 0.0   # CPU time of the file's pass (user + system): the per-file budget


def _child(path: Path, func, wfd: int, mem_bytes: int) -> None:
    import pickle
    import resource
    import time
    import traceback

    from fupin import batch

    resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))
    t, c = time.perf_counter(), time.process_time()
    try:
        o = batch._Guarded(func)(path)
        res = ("skipped", o.error) if o.error is not None else ("processed", "")
        rows = 0 if o.error is not None else sum(len(df) for df in o.result.values()) if isinstance(o.result, dict) else 1
    except MemoryError:
        res, rows = ("memory", "MemoryError"), 0
    except BaseException as exc:  # noqa: BLE001 - everything that escapes is a crash to report
        last = traceback.extract_tb(exc.__traceback__)[-1]
        res, rows = ("crash", f"{type(exc).__name__}: {str(exc)[:200]} at {Path(last.filename).name}:{last.lineno}"), 0
    secs, cpu = time.perf_counter() - t, time.process_time() - c
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    os.write(wfd, pickle.dumps((res[0], res[1], secs, rss, rows, cpu)))
    os.close(wfd)


def measure(path: Path, func=None, timeout: float = 120.0, mem_bytes: int = 2 << 30) -> Measure:
    """Run ``func`` (default: the per-file pass of the pipeline, ``fupin.pipeline.tables_for_file``,
    behind the batch's guard) on one file in a forked process limited to ``mem_bytes`` of address
    space; its wall time, CPU time and peak resident memory. A process still running after
    ``timeout`` seconds (wall) is killed ("timeout"); one that dies without a result is a "crash"."""
    import pickle
    import select
    import signal
    import time

    if func is None:
        from fupin.pipeline import tables_for_file as func
    r, wfd = os.pipe()
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.close(r)
        try:
            _child(Path(path), func, wfd, mem_bytes)
        finally:
            os._exit(0)
    os.close(wfd)
    chunks = []
    deadline = t0 + timeout
    while True:
        left = deadline - time.perf_counter()
        ready, _, _ = select.select([r], [], [], max(0.0, left))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(r)
            return Measure(Path(path), "timeout", f"still running after {timeout:.0f} s", timeout)
        chunk = os.read(r, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return Measure(Path(path), "crash", f"worker died (wait status {status})", time.perf_counter() - t0)
    st, reason, secs, rss, rows, cpu = pickle.loads(b"".join(chunks))
    return Measure(Path(path), st, reason, secs, rss, rows, cpu)


def warm_up() -> None:
    """Load the dictionaries and vocabularies once, so that forked measurements do not pay for it."""
    import tempfile

    from fupin.pipeline import tables_for_file

    good = CORPUS / "01_tibet_2023_rural_revitalization_projects_decimal_damage.txt"
    tables_for_file(good)
    with tempfile.TemporaryDirectory() as tmp:  # a legacy encoding loads the character frequencies
        gbk = Path(tmp) / "gbk.txt"
        gbk.write_bytes(good.read_text(encoding="utf-8").encode("gb18030"))
        tables_for_file(gbk)
