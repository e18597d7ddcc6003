import json, re, sys, pathlib
here = pathlib.Path(__file__).parent
names = ["hr_jingli", "kafei_dianzhang", "pinpai_jingli", "chanpin_jingli", "mendian_jingli_fanti"]
ok = True
def fail(n, m):
    global ok; ok = False; print(f"FAIL {n}: {m}")
for n in names:
    text = (here / f"{n}.txt").read_bytes().decode("utf-8")
    gold = json.loads((here / f"{n}.gold.json").read_bytes().decode("utf-8"))
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    if not 1200 <= cjk <= 2500: fail(n, f"length {cjk}")
    for k in ["title", "role", "duties", "examples", "concepts_must", "concepts_ok", "noise"]:
        if k not in gold: fail(n, f"missing key {k}")
    checks = [gold["title"], gold["role"]["label"], *gold["role"]["aliases"]]
    checks += [d["label"] for d in gold["duties"]]
    checks += [e["subject"] for e in gold["examples"]] + [e["value"] for e in gold["examples"]]
    checks += gold["concepts_must"] + gold["concepts_ok"] + gold["noise"]
    for s in checks:
        if s not in text: fail(n, f"not in text: {s}")
    idx = [d["index"] for d in gold["duties"]]
    if idx != list(range(1, len(idx) + 1)): fail(n, "duty indices")
    for e in gold["examples"]:
        if e["duty_index"] not in idx: fail(n, f"bad duty_index {e}")
        if f"“{e['value']}”" not in text and f"「{e['value']}」" not in text: fail(n, f"value not quoted {e}")
    if not 12 <= len(gold["concepts_must"]) <= 16: fail(n, "must count")
    if not 30 <= len(gold["concepts_ok"]) <= 60: fail(n, f"ok count {len(gold['concepts_ok'])}")
    dup = set(gold["concepts_must"]) & set(gold["concepts_ok"])
    if dup: fail(n, f"must/ok overlap {dup}")
    if len(set(gold["concepts_ok"])) != len(gold["concepts_ok"]): fail(n, "dup ok")
    print(n, "cjk", cjk, "duties", len(idx), "examples", len(gold["examples"]), "must", len(gold["concepts_must"]), "ok", len(gold["concepts_ok"]))
print("VALIDATION PASSED" if ok else "VALIDATION FAILED")
sys.exit(0 if ok else 1)
