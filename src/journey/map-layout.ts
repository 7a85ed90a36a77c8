/**
 * Geometry of one persona's journey diagram: a column per phase, a box per page, a dashed box per
 * gap, a shaded column per skipped phase and a curve per CTA between two pages of the journey.
 * Pure numbers and strings, so the map route only draws what this returns (server-rendered SVG).
 */
import type { MapArrow, MapPage, MapStage, PersonaJourneyMap } from './map.ts';

export const LAYOUT = {
  padding: 16,
  columnWidth: 216,
  columnGap: 64,
  headerHeight: 60,
  boxHeight: 124,
  rowGap: 28,
  /** Characters per line of a box's bold title, and of its smaller lines; each box's tooltip has the full text. */
  titleLength: 22,
  lineLength: 26,
} as const;

export interface LayoutBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageBox extends LayoutBox {
  page: MapPage;
  /** The title in at most two lines. */
  titleLines: string[];
}

export interface ColumnLayout extends LayoutBox {
  stage: MapStage;
  /** The dashed box that marks a gap. */
  gap?: LayoutBox;
  pages: PageBox[];
}

export interface ArrowPath {
  arrow: MapArrow;
  /** An SVG path `d` from the source box to the target box. */
  d: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  columns: ColumnLayout[];
  arrows: ArrowPath[];
}

export function layoutJourney(journey: PersonaJourneyMap): DiagramLayout {
  const { padding, columnWidth, columnGap, headerHeight, boxHeight, rowGap } = LAYOUT;
  const rows = Math.max(1, ...journey.stages.map((stage) => stage.pages.length));
  const height = padding * 2 + headerHeight + rows * boxHeight + (rows - 1) * rowGap;
  const boxAt = (column: number, row: number): LayoutBox => ({
    x: padding + column * (columnWidth + columnGap),
    y: padding + headerHeight + row * (boxHeight + rowGap),
    width: columnWidth,
    height: boxHeight,
  });
  const columns = journey.stages.map((stage, column): ColumnLayout => {
    const x = padding + column * (columnWidth + columnGap);
    return {
      stage,
      x,
      y: padding,
      width: columnWidth,
      height: height - padding * 2,
      ...(stage.status === 'gap' ? { gap: boxAt(column, 0) } : {}),
      pages: stage.pages.map((page, row) => ({ ...boxAt(column, row), page, titleLines: wrap(page.title, LAYOUT.titleLength, 2) })),
    };
  });
  const boxes = new Map(columns.flatMap((column) => column.pages.map((box) => [box.page.url, box] as const)));
  const arrows = journey.arrows.flatMap((arrow): ArrowPath[] => {
    const from = boxes.get(arrow.from);
    const to = boxes.get(arrow.to);
    return from === undefined || to === undefined ? [] : [{ arrow, d: curve(from, to) }];
  });
  const width = padding * 2 + journey.stages.length * columnWidth + Math.max(0, journey.stages.length - 1) * columnGap;
  return { width, height, columns, arrows };
}

/** From the side of `from` facing `to` into the facing side of `to`; within one column, around its right side. */
function curve(from: LayoutBox, to: LayoutBox): string {
  const fromY = from.y + from.height / 2;
  const toY = to.y + to.height / 2;
  if (from.x === to.x) {
    const side = from.x + from.width;
    const bulge = side + LAYOUT.columnGap / 2;
    return `M ${side} ${fromY} C ${bulge} ${fromY}, ${bulge} ${toY}, ${side + 4} ${toY}`;
  }
  const forward = to.x > from.x;
  const startX = forward ? from.x + from.width : from.x;
  const endX = forward ? to.x - 4 : to.x + to.width + 4;
  const pull = (forward ? 1 : -1) * Math.max(LAYOUT.columnGap / 2, Math.abs(endX - startX) / 3);
  return `M ${startX} ${fromY} C ${startX + pull} ${fromY}, ${endX - pull} ${toY}, ${endX} ${toY}`;
}

/** Breaks text into at most `lines` lines of `length` characters at spaces; an ellipsis marks a cut. */
export function wrap(text: string, length: number, lines: number): string[] {
  const result: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = result.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= length) result[result.length - 1] = `${last} ${word}`;
    else result.push(word);
  }
  if (result.length <= lines) return result.map((line) => clip(line, length));
  return [...result.slice(0, lines - 1).map((line) => clip(line, length)), clip(`${result.slice(lines - 1).join(' ')}`, length)];
}

function clip(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
