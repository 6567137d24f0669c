package dev.folio.render.pdf.internal.chunked;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Moves the pages of printed parts behind a document's, with their structure. PDFBox's
 * PDFMergerUtility deep-copies every object of a tagged part (3.7 s for the English guide, more
 * than printing it on a second core saves); the parts are ours and are dropped after the merge, so
 * their objects move instead: pages join the page tree, the parts' structure elements join the
 * first document's, and the keys of the parent tree (pages' StructParents, annotations'
 * StructParent) are renumbered after the first document's. The parts must stay open until the
 * merged document is saved, as their streams are read then.
 */
final class PartMerger {
    private final PDDocument target;
    private final Map<Integer, COSBase> parentTree = new TreeMap<>();
    private int nextKey;

    PartMerger(PDDocument target) throws IOException {
        this.target = target;
        COSDictionary root = structureRoot(target);
        if (root != null) {
            numbers(root.getCOSDictionary(COSName.PARENT_TREE), parentTree, 0);
            nextKey = parentTree.isEmpty() ? 0 : ((TreeMap<Integer, COSBase>) parentTree).lastKey() + 1;
            nextKey = Math.max(nextKey, root.getInt(COSName.PARENT_TREE_NEXT_KEY, 0));
        }
    }

    void append(PDDocument part) throws IOException {
        COSDictionary root = structureRoot(target);
        COSDictionary partRoot = structureRoot(part);
        int offset = nextKey;
        if (root != null && partRoot != null) {
            Map<Integer, COSBase> partTree = new TreeMap<>();
            numbers(partRoot.getCOSDictionary(COSName.PARENT_TREE), partTree, 0);
            int partNext = partRoot.getInt(COSName.PARENT_TREE_NEXT_KEY, 0);
            for (Map.Entry<Integer, COSBase> entry : partTree.entrySet()) {
                parentTree.put(entry.getKey() + offset, entry.getValue());
                partNext = Math.max(partNext, entry.getKey() + 1);
            }
            nextKey = offset + partNext;
            adopt(root, partRoot);
            mergeRoleMap(root, partRoot);
        }
        List<PDPage> pages = new ArrayList<>();
        part.getPages().forEach(pages::add);
        for (PDPage page : pages) {
            if (root != null && partRoot != null) {
                renumber(page.getCOSObject(), COSName.STRUCT_PARENTS, offset);
                for (PDAnnotation annotation : page.getAnnotations()) {
                    renumber(annotation.getCOSObject(), COSName.STRUCT_PARENT, offset);
                }
            }
            target.getPages().add(page);
        }
    }

    /** Writes the merged parent tree; call once, after the last part. */
    void finish() {
        COSDictionary root = structureRoot(target);
        if (root == null) {
            return;
        }
        COSArray nums = new COSArray();
        parentTree.forEach((key, value) -> {
            nums.add(COSInteger.get(key));
            nums.add(value);
        });
        COSDictionary tree = new COSDictionary();
        tree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, tree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
    }

    /**
     * Makes a part loaded from its bytes forget its object numbers: PDFBox writes an object under the
     * number it was read with, so two parts' objects 12 would be written as one. Resolves every
     * object on the way (a reference is read through its number); run on the part's own thread.
     */
    static void forgetObjectNumbers(PDDocument part) {
        java.util.Set<COSBase> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<COSBase> open = new java.util.ArrayDeque<>();
        open.push(part.getDocumentCatalog().getCOSObject());
        while (!open.isEmpty()) {
            COSBase base = open.pop();
            if (!seen.add(base)) {
                continue;
            }
            if (base instanceof org.apache.pdfbox.cos.COSObject reference) {
                COSBase actual = reference.getObject();
                reference.setKey(null);
                if (actual != null) {
                    open.push(actual);
                }
                continue;
            }
            base.setKey(null);
            if (base instanceof COSDictionary dictionary) {
                for (COSBase value : dictionary.getValues()) {
                    open.push(value);
                }
            } else if (base instanceof COSArray array) {
                for (int i = 0; i < array.size(); i++) {
                    COSBase item = array.get(i);
                    if (item != null) {
                        open.push(item);
                    }
                }
            }
        }
    }

    private static COSDictionary structureRoot(PDDocument document) {
        return document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
    }

    /** The part's top-level structure elements become the children of the target's (its Document element). */
    private static void adopt(COSDictionary root, COSDictionary partRoot) {
        COSDictionary parent = root;
        COSArray kids = kids(root);
        // openhtmltopdf writes one Document element under the root: the parts' contents go inside it
        if (kids.size() == 1 && kids.getObject(0) instanceof COSDictionary document
                && COSName.getPDFName("Document").equals(document.getCOSName(COSName.S))) {
            parent = document;
            kids = kids(document);
        }
        for (COSBase top : kids(partRoot).toList()) {
            COSBase element = top instanceof org.apache.pdfbox.cos.COSObject object ? object.getObject() : top;
            if (element instanceof COSDictionary dictionary && parent != root
                    && COSName.getPDFName("Document").equals(dictionary.getCOSName(COSName.S))) {
                for (COSBase child : kids(dictionary).toList()) {
                    COSBase resolved = child instanceof org.apache.pdfbox.cos.COSObject object ? object.getObject() : child;
                    if (resolved instanceof COSDictionary childElement) {
                        childElement.setItem(COSName.P, parent);
                    }
                    kids.add(child);
                }
            } else {
                if (element instanceof COSDictionary dictionary) {
                    dictionary.setItem(COSName.P, parent);
                }
                kids.add(top);
            }
        }
        parent.setItem(COSName.K, kids);
    }

    /** The children of a structure element as an array (K may be a single child). */
    private static COSArray kids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        if (k != null) {
            array.add(element.getItem(COSName.K));
        }
        return array;
    }

    private static void mergeRoleMap(COSDictionary root, COSDictionary partRoot) {
        COSDictionary partMap = partRoot.getCOSDictionary(COSName.ROLE_MAP);
        if (partMap == null) {
            return;
        }
        COSDictionary map = root.getCOSDictionary(COSName.ROLE_MAP);
        if (map == null) {
            map = new COSDictionary();
            root.setItem(COSName.ROLE_MAP, map);
        }
        for (Map.Entry<COSName, COSBase> entry : partMap.entrySet()) {
            if (!map.containsKey(entry.getKey())) {
                map.setItem(entry.getKey(), entry.getValue());
            }
        }
    }

    private static void renumber(COSDictionary dictionary, COSName key, int offset) {
        if (dictionary.getDictionaryObject(key) instanceof COSNumber number) {
            dictionary.setInt(key, number.intValue() + offset);
        }
    }

    /** Reads a number tree, kids included. */
    private static void numbers(COSDictionary node, Map<Integer, COSBase> into, int depth) {
        if (node == null || depth > 32) {
            return;
        }
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 0; i + 1 < nums.size(); i += 2) {
                if (nums.getObject(i) instanceof COSNumber key) {
                    into.put(key.intValue(), nums.get(i + 1));
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    numbers(kid, into, depth + 1);
                }
            }
        }
    }
}
