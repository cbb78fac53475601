#pragma once

#include <QHash>
#include <QList>

#include <algorithm>

namespace cxmap {

/**
 * An ordered list of value objects with an ID → position index, so that lookups by ID stay
 * O(1) on maps of thousands of touchpoints while the order (of stages, lanes, or of drawing)
 * is kept. `T` must have a member `id` of type `IdType`.
 */
template<typename T, typename IdType>
class IndexedList
{
public:
    using const_iterator = typename QList<T>::const_iterator;

    const QList<T> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const T &at(qsizetype index) const { return m_items.at(index); }
    const_iterator begin() const { return m_items.cbegin(); }
    const_iterator end() const { return m_items.cend(); }

    bool contains(IdType id) const { return m_index.contains(id); }
    qsizetype indexOf(IdType id) const { return m_index.value(id, -1); }

    /** The item with this ID, or nullptr. The pointer is valid until the next change. */
    const T *find(IdType id) const
    {
        const qsizetype index = indexOf(id);
        return index < 0 ? nullptr : &m_items.at(index);
    }

    /** Inserts at `index` (clamped; -1 appends). The ID must be new. */
    void insert(qsizetype index, const T &item)
    {
        Q_ASSERT(!contains(item.id));
        if (index < 0 || index > m_items.size())
            index = m_items.size();
        m_items.insert(index, item);
        reindexFrom(index);
    }

    void append(const T &item) { insert(-1, item); }

    /** Removes and returns the item with this ID, which must exist. */
    T take(IdType id)
    {
        const qsizetype index = indexOf(id);
        Q_ASSERT(index >= 0);
        T item = m_items.takeAt(index);
        m_index.remove(id);
        reindexFrom(index);
        return item;
    }

    /** Replaces the item that has the same ID, keeping its position. */
    void replace(const T &item)
    {
        const qsizetype index = indexOf(item.id);
        Q_ASSERT(index >= 0);
        m_items[index] = item;
    }

    /** Moves the item with this ID to position `to` (clamped). */
    void move(IdType id, qsizetype to)
    {
        const qsizetype from = indexOf(id);
        Q_ASSERT(from >= 0);
        to = std::clamp<qsizetype>(to, 0, m_items.size() - 1);
        if (from == to)
            return;
        m_items.move(from, to);
        reindexFrom(std::min(from, to));
    }

    void clear()
    {
        m_items.clear();
        m_index.clear();
    }

    friend bool operator==(const IndexedList &a, const IndexedList &b) { return a.m_items == b.m_items; }

private:
    void reindexFrom(qsizetype first)
    {
        for (qsizetype i = first; i < m_items.size(); ++i)
            m_index.insert(m_items.at(i).id, i);
    }

    QList<T> m_items;
    QHash<IdType, qsizetype> m_index;
};

} // namespace cxmap
