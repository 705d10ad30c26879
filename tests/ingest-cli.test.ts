import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "./helpers/commands.ts";

describe("npm run ingest", () => {
  it("fails with a clear message, and writes nothing, when a correction no longer matches the text", async () => {
    const root = mkdtempSync(join(tmpdir(), "ingest-"));
    cpSync("tests/fixtures/editions/2023", join(root, "seeds/2023"), { recursive: true });
    const yaml = join(root, "seeds/2023/xiangyang-2023.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("完成投资35亿元", "完成投资36亿元"));
    const r = await ingest({ SEEDS_DIR: join(root, "seeds"), CONTENT_DIR: join(root, "content") });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/xiangyang-2023\.yaml: correction 1 \(樊城区 “完成投资36亿元”\) matches no target/);
    expect(() => readFileSync(join(root, "content/2023/edition.md"))).toThrow();
  });

  it.each([
    ["a misspelt `corections:`", (y: string) => y.replace("corrections:", "corections:"), /xiangyang-2023\.yaml:\d+: unknown key `corections` \(did you mean `corrections`\?\)/],
    ["`set: {valeu: 5}`", (y: string) => y.replace("{ kind: fixed-asset }", "{ valeu: 5 }"), /xiangyang-2023\.yaml:\d+: corrections\.0\.set: unknown key `valeu` \(did you mean `value`\?\)/],
  ])("fails naming the key, the file and the key it is close to, on %s, and writes nothing", async (_, edit, message) => {
    const root = mkdtempSync(join(tmpdir(), "ingest-"));
    cpSync("tests/fixtures/editions/2023", join(root, "seeds/2023"), { recursive: true });
    const yaml = join(root, "seeds/2023/xiangyang-2023.yaml");
    const before = readFileSync(yaml, "utf8");
    writeFileSync(yaml, edit(before));
    expect(readFileSync(yaml, "utf8"), "the fixture still has what this test edits").not.toBe(before);
    const r = await ingest({ SEEDS_DIR: join(root, "seeds"), CONTENT_DIR: join(root, "content") });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(() => readFileSync(join(root, "content/2023/edition.md"))).toThrow();
  });

  it("fails naming the file when a seed is not UTF-8", async () => {
    const root = mkdtempSync(join(tmpdir(), "ingest-"));
    cpSync("tests/fixtures/editions/2023", join(root, "seeds/2023"), { recursive: true });
    writeFileSync(join(root, "seeds/2023/xiangyang-2023.txt"), Buffer.from([0xd5, 0xe2, 0xca, 0xc7]));
    const r = await ingest({ SEEDS_DIR: join(root, "seeds"), CONTENT_DIR: join(root, "content") });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/xiangyang-2023\.txt: not valid UTF-8/);
  });
});
