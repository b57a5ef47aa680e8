/** A message shown on the SPA's messages page. */
export interface Message {
  id: number;
  text: string;
}
