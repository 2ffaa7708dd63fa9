// A household address as a grid worker types it: 3栋2单元301, 3号楼2单元301室, 3-2-301,
// 12栋301 (no unit). Null when it is not an address.
export interface Address { building: string; unit: string; room: string }

export function parseAddress(text: string): Address | null {
  const t = text.normalize("NFKC").replace(/\s+/g, "");
  const zh = /^(?:([0-9A-Za-z一二三四五六七八九十]+)(?:栋|号楼|幢|座))?(?:([0-9A-Za-z一二三四五六七八九十]+)单元)?([0-9A-Za-z]+)(?:室|号)?$/.exec(t);
  if (zh && (zh[1] || zh[2])) return { building: zh[1] ?? "", unit: zh[2] ?? "", room: zh[3] ?? "" };
  const dashed = /^([0-9A-Za-z]+)-([0-9A-Za-z]+)(?:-([0-9A-Za-z]+))?$/.exec(t);
  if (dashed) return dashed[3] ? { building: dashed[1] ?? "", unit: dashed[2] ?? "", room: dashed[3] } : { building: dashed[1] ?? "", unit: "", room: dashed[2] ?? "" };
  return null;
}
