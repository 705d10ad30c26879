import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "./helpers/build.ts";

describe("npm run ingest", () => {
  it("fails with a clear message, and writes nothing, when a correction no longer matches the text", () => {
    const root = mkdtempSync(join(tmpdir(), "ingest-"));
    cpSync("tests/fixtures/editions/2023", join(root, "seeds/2023"), { recursive: true });
    const yaml = join(root, "seeds/2023/xiangyang-2023.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("完成投资35亿元", "完成投资36亿元"));
    const r = run("node_modules/.bin/tsx", ["scripts/ingest.ts"], { SEEDS_DIR: join(root, "seeds"), CONTENT_DIR: join(root, "content") });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/xiangyang-2023\.yaml: correction 1 \(樊城区 “完成投资36亿元”\) matches no target/);
    expect(() => readFileSync(join(root, "content/2023/edition.md"))).toThrow();
  });

  it("fails naming the file when a seed is not UTF-8", () => {
    const root = mkdtempSync(join(tmpdir(), "ingest-"));
    cpSync("tests/fixtures/editions/2023", join(root, "seeds/2023"), { recursive: true });
    writeFileSync(join(root, "seeds/2023/xiangyang-2023.txt"), Buffer.from([0xd5, 0xe2, 0xca, 0xc7]));
    const r = run("node_modules/.bin/tsx", ["scripts/ingest.ts"], { SEEDS_DIR: join(root, "seeds"), CONTENT_DIR: join(root, "content") });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/xiangyang-2023\.txt: not valid UTF-8/);
  });
});
