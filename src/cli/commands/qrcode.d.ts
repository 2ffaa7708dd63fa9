// The one function of the qrcode package used here (it ships no types).
declare module "qrcode" {
  export function toString(text: string, options: { type: "terminal" | "utf8"; small?: boolean }): Promise<string>;
}
