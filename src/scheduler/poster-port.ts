// What a poster renderer is given: every word already in the reader's language. The renderer
// (adapters/poster) only lays it out; create-app hands it to the jobs.

export interface PosterRow { rank: number; name: string; points: string; deeds: string; tie: boolean }

/** `more`: a line under the rows (where the rest of the list is); rows with empty `deeds` are drawn as one short line. */
export interface PosterSection { heading: string; rows: PosterRow[]; empty: string | null; more?: string | null }

export interface PosterData {
  title: string;
  community: string;
  subtitle: string;
  sections: PosterSection[];
  totals: string;
  note: string;
  footer: string;
  /** Shown beside rows that share their points with a neighbour. */
  tieLabel: string;
}

/** Renders the poster to an image file at `file` (JPEG for .jpg, PNG for .png). */
export type RenderPoster = (data: PosterData, file: string) => Promise<void>;
